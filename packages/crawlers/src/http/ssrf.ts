import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { PrivateAddressError } from './errors.js';

/** One resolved address, as `dns.lookup(host, { all: true })` returns it. */
export interface LookupAddress {
  address: string;
  family: number;
}

/** Resolves a host name to all of its addresses (the shape of `dns.promises.lookup` with `all: true`). */
export type LookupFunction = (hostname: string, options: { all: true }) => Promise<LookupAddress[]>;

/** The default resolver: the operating system's, through `dns.lookup`. */
export const defaultLookup: LookupFunction = (hostname, options) => dnsLookup(hostname, options);

// [network, prefix length] pairs; anything inside is not a public unicast address.
const IPV4_BLOCKS: ReadonlyArray<readonly [string, number]> = [
  ['0.0.0.0', 8], // "this network", unspecified
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local (cloud metadata lives here)
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation
  ['192.88.99.0', 24], // 6to4 relay anycast
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation
  ['203.0.113.0', 24], // documentation
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
];

function ipv4ToNumber(address: string): number | undefined {
  const parts = address.split('.');
  if (parts.length !== 4) return undefined;
  let value = 0;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part)) return undefined;
    const octet = Number(part);
    if (octet > 255) return undefined;
    value = value * 256 + octet;
  }
  return value;
}

function isPrivateIpv4(address: string): boolean {
  const value = ipv4ToNumber(address);
  if (value === undefined) return true; // unparseable: refuse rather than guess
  return IPV4_BLOCKS.some(([network, prefix]) => {
    const base = ipv4ToNumber(network) ?? 0;
    const size = 2 ** (32 - prefix);
    return value >= base && value < base + size;
  });
}

/** Parses an IPv6 address into its eight 16-bit groups, or undefined when it is not one. */
function ipv6Groups(address: string): number[] | undefined {
  let text = address.toLowerCase();
  const zone = text.indexOf('%');
  if (zone >= 0) text = text.slice(0, zone);
  // A trailing dotted IPv4 part (::ffff:1.2.3.4) stands for the last two groups.
  const dotted = /^(.*:)(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const value = ipv4ToNumber(dotted[2] ?? '');
    if (value === undefined) return undefined;
    text = `${dotted[1] ?? ''}${Math.floor(value / 65536).toString(16)}:${(value % 65536).toString(16)}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const parse = (part: string | undefined): number[] | undefined => {
    if (!part) return [];
    const groups: number[] = [];
    for (const group of part.split(':')) {
      if (!/^[0-9a-f]{1,4}$/.test(group)) return undefined;
      groups.push(Number.parseInt(group, 16));
    }
    return groups;
  };
  const head = parse(halves[0]);
  const tail = parse(halves[1]);
  if (!head || !tail) return undefined;
  if (halves.length === 1) return head.length === 8 ? head : undefined;
  const missing = 8 - head.length - tail.length;
  if (missing < 1) return undefined;
  return [...head, ...new Array<number>(missing).fill(0), ...tail];
}

function isPrivateIpv6(address: string): boolean {
  const groups = ipv6Groups(address);
  if (!groups) return true;
  const [first = 0] = groups;
  const embeddedIpv4 = () => {
    const high = groups[6] ?? 0;
    const low = groups[7] ?? 0;
    return `${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`;
  };
  const zerosUpTo = (count: number) => groups.slice(0, count).every((group) => group === 0);
  if (zerosUpTo(8)) return true; // :: unspecified
  if (zerosUpTo(7) && groups[7] === 1) return true; // ::1 loopback
  if (zerosUpTo(5) && groups[5] === 0xffff) return isPrivateIpv4(embeddedIpv4()); // IPv4-mapped
  if (zerosUpTo(6)) return isPrivateIpv4(embeddedIpv4()); // deprecated IPv4-compatible
  if (first === 0x64 && groups[1] === 0xff9b && groups.slice(2, 6).every((group) => group === 0))
    return isPrivateIpv4(embeddedIpv4()); // NAT64
  if ((first & 0xfe00) === 0xfc00) return true; // fc00::/7 unique-local
  if ((first & 0xffc0) === 0xfe80) return true; // fe80::/10 link-local
  if ((first & 0xffc0) === 0xfec0) return true; // fec0::/10 deprecated site-local
  if ((first & 0xff00) === 0xff00) return true; // ff00::/8 multicast
  if (first === 0x2001 && groups[1] === 0x0db8) return true; // 2001:db8::/32 documentation
  if (first === 0x2002)
    return isPrivateIpv4(
      `${(groups[1] ?? 0) >> 8}.${(groups[1] ?? 0) & 255}.${(groups[2] ?? 0) >> 8}.${(groups[2] ?? 0) & 255}`,
    ); // 6to4 wraps an IPv4
  return false;
}

/** True when an IP address (v4 or v6, incl. IPv4-mapped v6) is not a public unicast address; non-IP input counts as private. */
export function isPrivateAddress(address: string): boolean {
  const bare = address.startsWith('[') && address.endsWith(']') ? address.slice(1, -1) : address;
  const family = isIP(bare.split('%')[0] ?? '');
  if (family === 4) return isPrivateIpv4(bare);
  if (family === 6) return isPrivateIpv6(bare);
  return true;
}

/** Settings for {@link assertPublicHost}. */
export interface PublicHostCheckSettings {
  lookup?: LookupFunction;
  /** Host names (lower case) exempt from the check. */
  allowedHosts?: ReadonlySet<string>;
  /** Allow loopback addresses (127.0.0.0/8, ::1, IPv4-mapped 127.x) and nothing else that is private. */
  allowLoopback?: boolean;
}

/** True for a loopback address: 127.0.0.0/8, ::1, or an IPv4-mapped 127.x. */
export function isLoopbackAddress(address: string): boolean {
  const bare = (address.startsWith('[') && address.endsWith(']') ? address.slice(1, -1) : address).toLowerCase();
  if (isIP(bare) === 4) return bare.startsWith('127.');
  if (isIP(bare.split('%')[0] ?? '') !== 6) return false;
  const groups = ipv6Groups(bare);
  if (!groups) return false;
  if (groups.every((group, index) => group === (index === 7 ? 1 : 0))) return true; // ::1
  return groups.slice(0, 5).every((group) => group === 0) && groups[5] === 0xffff && (groups[6] ?? 0) >> 8 === 127; // ::ffff:127.x
}

/**
 * Throws PrivateAddressError when the URL's host is, or resolves to, any non-public address (loopback allowed
 * with `allowLoopback`). This is the early check; the connection itself resolves the name again, so the HTTP
 * client connects through {@link createCheckedLookup}, which checks the addresses it connects to (a DNS server
 * that answers differently the second time cannot slip a private address past it).
 */
export async function assertPublicHost(url: URL, settings: PublicHostCheckSettings = {}): Promise<void> {
  const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
  if (settings.allowedHosts?.has(host.toLowerCase())) return;
  const refused = (address: string) =>
    isPrivateAddress(address) && !(settings.allowLoopback && isLoopbackAddress(address));
  if (isIP(host)) {
    if (refused(host)) throw new PrivateAddressError(url.href, host, host);
    return;
  }
  const addresses = await (settings.lookup ?? defaultLookup)(host, { all: true });
  if (addresses.length === 0) throw new PrivateAddressError(url.href, host, '(no address)');
  // Any private answer refuses the host: the connection might pick that one.
  for (const { address } of addresses) {
    if (refused(address)) throw new PrivateAddressError(url.href, host, address);
  }
}

/** The callback shape of `net.connect`'s `lookup` option (one address, or all of them with `options.all`). */
export type ConnectLookup = (
  hostname: string,
  options: { family?: number | string; all?: boolean },
  callback: (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void,
) => void;

/**
 * A `lookup` for the sockets a request connects with: it resolves the name, refuses it (PrivateAddressError) when
 * any answer is a non-public address (loopback allowed with `allowLoopback`), and hands the socket exactly the
 * addresses it checked. Connecting through it closes the DNS-rebinding gap of {@link assertPublicHost}, whose
 * answer could differ from the one the connection would get from a second lookup.
 */
export function createCheckedLookup(settings: PublicHostCheckSettings = {}): ConnectLookup {
  return (hostname, options, callback) => {
    const host = hostname.toLowerCase();
    (settings.lookup ?? defaultLookup)(hostname, { all: true }).then(
      (answers) => {
        const family = options.family === 'IPv4' ? 4 : options.family === 'IPv6' ? 6 : Number(options.family ?? 0);
        const addresses = family === 4 || family === 6 ? answers.filter((answer) => answer.family === family) : answers;
        if (addresses.length === 0) {
          callback(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND', hostname }), '');
          return;
        }
        if (!settings.allowedHosts?.has(host)) {
          const refused = answers.find(
            ({ address }) => isPrivateAddress(address) && !(settings.allowLoopback && isLoopbackAddress(address)),
          );
          if (refused) {
            callback(
              new PrivateAddressError(
                `http://${hostname}/`,
                hostname,
                refused.address,
              ) as unknown as NodeJS.ErrnoException,
              '',
            );
            return;
          }
        }
        if (options.all) callback(null, addresses);
        else callback(null, addresses[0]!.address, addresses[0]!.family);
      },
      (error: NodeJS.ErrnoException) => callback(error, ''),
    );
  };
}

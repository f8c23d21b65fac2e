import { describe, expect, it } from 'vitest';
import { PrivateAddressError } from './errors.js';
import { assertPublicHost, isPrivateAddress } from './ssrf.js';

describe('isPrivateAddress', () => {
  it.each([
    '127.0.0.1',
    '10.0.0.5',
    '172.16.3.4',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '224.0.0.1',
    '255.255.255.255',
    '::',
    '::1',
    'fe80::1',
    'fd00::1',
    'fc12:3456::1',
    'ff02::1',
    '::ffff:127.0.0.1',
    '::ffff:10.0.0.1',
    '::ffff:a9fe:a9fe',
    '64:ff9b::10.0.0.1',
    '2002:0a00:0001::1',
    'fe80::1%eth0',
    'not-an-ip',
  ])('%s is private', (address) => {
    expect(isPrivateAddress(address)).toBe(true);
  });

  it.each([
    '93.184.216.34',
    '8.8.8.8',
    '172.32.0.1',
    '100.128.0.1',
    '2606:4700:4700::1111',
    '::ffff:93.184.216.34',
    '[2a00:1450:4001::200e]',
  ])('%s is public', (address) => {
    expect(isPrivateAddress(address)).toBe(false);
  });
});

describe('assertPublicHost', () => {
  it('names the host and the private address', async () => {
    const error = await assertPublicHost(new URL('http://fake.example/'), {
      lookup: async () => [{ address: '10.0.0.5', family: 4 }],
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PrivateAddressError);
    expect(error).toMatchObject({ host: 'fake.example', address: '10.0.0.5', url: 'http://fake.example/' });
  });

  it('checks IP literals without a lookup', async () => {
    const lookup = async () => {
      throw new Error('must not resolve');
    };
    await expect(assertPublicHost(new URL('http://[::ffff:7f00:1]/'), { lookup })).rejects.toBeInstanceOf(
      PrivateAddressError,
    );
    await expect(assertPublicHost(new URL('http://0x7f.1/'), { lookup })).rejects.toBeInstanceOf(PrivateAddressError);
    await expect(assertPublicHost(new URL('http://93.184.216.34/'), { lookup })).resolves.toBeUndefined();
  });
});

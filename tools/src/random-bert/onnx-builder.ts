import { endianness } from 'node:os';
import onnxProto from 'onnx-proto';
import type { onnx as Onnx } from 'onnx-proto';

// onnx-proto is CommonJS (`module.exports = { onnx }`), so Node's ESM loader only offers it as a default export.
const { onnx } = onnxProto;

/** ONNX element types used by the builder. */
export const TensorType = {
  float: onnx.TensorProto.DataType.FLOAT,
  int64: onnx.TensorProto.DataType.INT64,
  int8: onnx.TensorProto.DataType.INT8,
  uint8: onnx.TensorProto.DataType.UINT8,
} as const;

/** An ONNX tensor dimension: a fixed size or a symbolic name such as `batch_size`. */
export type Dimension = number | string;

/** Attribute values the builder can encode. */
export type AttributeValue = number | number[] | { float: number };

/** Collects nodes and initializers and hands out unique value names, so graph code reads like the model it builds. */
export class GraphBuilder {
  private readonly nodes: Onnx.INodeProto[] = [];
  private readonly initializers: Onnx.ITensorProto[] = [];
  private readonly names = new Set<string>();
  private nodeCount = 0;

  /** Adds a float32 initializer stored as little-endian raw bytes and returns its name. */
  addFloatInitializer(name: string, dims: number[], values: Float32Array): string {
    assertElementCount(name, dims, values.length);
    const bytes = Buffer.from(values.buffer, values.byteOffset, values.byteLength);
    // ONNX raw_data is little-endian; swap a copy on a big-endian host so the file is the same everywhere.
    const rawData = endianness() === 'LE' ? bytes : Buffer.from(bytes).swap32();
    this.initializers.push({ name: this.claim(name), dims, dataType: TensorType.float, rawData });
    return name;
  }

  /** Adds an int64 initializer stored as little-endian raw bytes and returns its name. */
  addInt64Initializer(name: string, dims: number[], values: readonly number[]): string {
    assertElementCount(name, dims, values.length);
    const rawData = Buffer.alloc(values.length * 8);
    values.forEach((value, index) => rawData.writeBigInt64LE(BigInt(value), index * 8));
    this.initializers.push({ name: this.claim(name), dims, dataType: TensorType.int64, rawData });
    return name;
  }

  /** Adds an int8 initializer (quantized weights) and returns its name. */
  addInt8Initializer(name: string, dims: number[], values: Int8Array): string {
    assertElementCount(name, dims, values.length);
    const rawData = Buffer.from(values.buffer, values.byteOffset, values.byteLength);
    this.initializers.push({ name: this.claim(name), dims, dataType: TensorType.int8, rawData });
    return name;
  }

  /** Adds a scalar float32 initializer and returns its name. */
  addFloatScalar(name: string, value: number): string {
    return this.addFloatInitializer(name, [], Float32Array.of(value));
  }

  /** Adds a node with one output named `output` and returns that name. */
  addNode(opType: string, inputs: string[], output: string, attributes: Record<string, AttributeValue> = {}): string {
    this.addMultiOutputNode(opType, inputs, [output], attributes);
    return output;
  }

  /** Adds a node with several outputs (DynamicQuantizeLinear has three) and returns their names. */
  addMultiOutputNode(
    opType: string,
    inputs: string[],
    outputs: string[],
    attributes: Record<string, AttributeValue> = {},
  ): string[] {
    this.nodeCount += 1;
    this.nodes.push({
      name: `${opType}_${this.nodeCount}`,
      opType,
      input: inputs,
      output: outputs.map((output) => this.claim(output)),
      attribute: Object.entries(attributes).map(([name, value]) => encodeAttribute(name, value)),
    });
    return outputs;
  }

  /** Returns the graph with these inputs and outputs. */
  toGraph(name: string, inputs: Onnx.IValueInfoProto[], outputs: Onnx.IValueInfoProto[]): Onnx.IGraphProto {
    return { name, node: this.nodes, initializer: this.initializers, input: inputs, output: outputs };
  }

  // ONNX requires every value to be produced once; a duplicate name is a bug in the graph code.
  private claim(name: string): string {
    if (this.names.has(name)) throw new Error(`Duplicate ONNX value name "${name}".`);
    this.names.add(name);
    return name;
  }
}

/** Describes a graph input or output tensor. */
export function tensorValueInfo(name: string, elementType: number, dims: Dimension[]): Onnx.IValueInfoProto {
  return {
    name,
    type: {
      tensorType: {
        elemType: elementType,
        shape: { dim: dims.map((dim) => (typeof dim === 'number' ? { dimValue: dim } : { dimParam: dim })) },
      },
    },
  };
}

/** Serializes a model to ONNX protobuf bytes. */
export function encodeModel(model: Onnx.IModelProto): Uint8Array {
  return onnx.ModelProto.encode(onnx.ModelProto.create(model)).finish();
}

/** Decodes ONNX protobuf bytes, for tests that inspect a written model. */
export function decodeModel(bytes: Uint8Array): Onnx.ModelProto {
  return onnx.ModelProto.decode(bytes);
}

/** The ONNX IR version that opset 17 needs (ONNX 1.12). */
export const IR_VERSION = 8;

function encodeAttribute(name: string, value: AttributeValue): Onnx.IAttributeProto {
  const { AttributeType } = onnx.AttributeProto;
  if (Array.isArray(value)) return { name, type: AttributeType.INTS, ints: value };
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) throw new Error(`Attribute "${name}" must be an integer; wrap floats as { float }.`);
    return { name, type: AttributeType.INT, i: value };
  }
  return { name, type: AttributeType.FLOAT, f: value.float };
}

function assertElementCount(name: string, dims: number[], length: number): void {
  const expected = dims.reduce((product, dim) => product * dim, 1);
  if (expected !== length)
    throw new Error(`Initializer "${name}" has ${length} values but dims [${dims.join(', ')}] need ${expected}.`);
}

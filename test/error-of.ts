/** The error `build` throws or rejects with, or undefined when it returns (or resolves). */
export async function errorOf(build: () => unknown): Promise<unknown> {
  try {
    await build();
    return undefined;
  } catch (error) {
    return error;
  }
}

// The few globals the platform-free layers (tsconfig.pure.json) may use: deterministic, side-effect free,
// and present in browsers, workers and node 20 alike. Only the pure program includes this file; the root
// program gets the same names from lib DOM / @types/node. Add a name here only if it meets all three.

/** Deep copy by the structured clone algorithm (plain data: the world, snapshots). */
declare function structuredClone<T>(value: T): T;

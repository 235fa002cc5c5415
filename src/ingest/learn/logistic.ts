// A small logistic-regression classifier over sparse named features, trained by stochastic
// gradient descent with L2 regularisation. A page of code is enough for the few thousand
// candidates extraction decides on, keeps the model a readable JSON file of named weights, and is
// deterministic: the same examples and seed give the same weights on every machine.

/** Named feature values; a feature absent is 0. Most are 1 (the feature holds). */
export type Features = Record<string, number>;

export interface Example {
  features: Features;
  /** 1 when the candidate is a real fact (it matches the answer key), 0 when not. */
  label: 0 | 1;
  /** Where the example comes from (a batch of articles), for cross-validation by batch. */
  group: string;
}

export interface LogisticModel {
  bias: number;
  weights: Record<string, number>;
  /** Candidates whose probability reaches this are kept. */
  threshold: number;
  /**
   * Candidates the hand rules proposed are kept down to this probability instead: the rules are
   * precise on what they match, so the model overrules them only when it is fairly sure.
   */
  ruleThreshold?: number;
}

export interface TrainOptions {
  epochs?: number;
  learningRate?: number;
  /** L2 penalty per step (weight decay), which keeps rare features from deciding alone. */
  l2?: number;
  seed?: number;
}

export function probability(model: LogisticModel, features: Features): number {
  let z = model.bias;
  // for…in visits a plain object's keys in the order Object.entries gives, without an array per call.
  for (const name in features) z += (model.weights[name] ?? 0) * features[name]!;
  return 1 / (1 + Math.exp(-z));
}

/** mulberry32: a small seeded generator, so the order of examples in each epoch is reproducible. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function train(
  examples: Example[],
  { epochs = 60, learningRate = 0.1, l2 = 0.001, seed = 1 }: TrainOptions = {},
): LogisticModel {
  // The same arithmetic, in the same order, as updating a record of named weights (so the same
  // weights to the last bit), over feature numbers and typed arrays: training runs hundreds of
  // times in `npm run train:extraction`, and named lookups were most of its time.
  const numbers = new Map<string, number>();
  const names: string[] = [];
  const compiled = examples.map(({ features, label }) => {
    const entries = Object.entries(features);
    const ids = new Int32Array(entries.length);
    const values = new Float64Array(entries.length);
    entries.forEach(([name, value], k) => {
      let id = numbers.get(name);
      if (id === undefined) {
        id = names.length;
        numbers.set(name, id);
        names.push(name);
      }
      ids[k] = id;
      values[k] = value;
    });
    return { ids, values, label };
  });
  const weights = new Float64Array(names.length);
  // The order features are first updated in: the order of the weights in the model.
  const touched = new Uint8Array(names.length);
  const firstUpdated: number[] = [];
  let bias = 0;
  const next = random(seed);
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    // Fisher–Yates with the seeded generator.
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const rate = learningRate / (1 + epoch * 0.05);
    for (const index of order) {
      const { ids, values, label } = compiled[index]!;
      let z = bias;
      for (let k = 0; k < ids.length; k++) z += weights[ids[k]!]! * values[k]!;
      const error = label - 1 / (1 + Math.exp(-z));
      bias += rate * error;
      for (let k = 0; k < ids.length; k++) {
        const id = ids[k]!;
        if (touched[id] === 0) {
          touched[id] = 1;
          firstUpdated.push(id);
        }
        const w = weights[id]!;
        weights[id] = w + rate * (error * values[k]! - l2 * w);
      }
    }
  }
  // Weights rounded for a stable, readable file.
  const model: LogisticModel = { bias: Math.round(bias * 1e4) / 1e4, weights: {}, threshold: 0.5 };
  for (const id of firstUpdated) {
    const rounded = Math.round(weights[id]! * 1e4) / 1e4;
    if (rounded !== 0) model.weights[names[id]!] = rounded;
  }
  return model;
}

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
  for (const [name, value] of Object.entries(features)) z += (model.weights[name] ?? 0) * value;
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

export function train(examples: Example[], { epochs = 60, learningRate = 0.1, l2 = 0.001, seed = 1 }: TrainOptions = {}): LogisticModel {
  const model: LogisticModel = { bias: 0, weights: {}, threshold: 0.5 };
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
      const { features, label } = examples[index]!;
      const error = label - probability(model, features);
      model.bias += rate * error;
      for (const [name, value] of Object.entries(features)) {
        const w = model.weights[name] ?? 0;
        model.weights[name] = w + rate * (error * value - l2 * w);
      }
    }
  }
  // Weights rounded for a stable, readable file.
  for (const name of Object.keys(model.weights)) {
    model.weights[name] = Math.round(model.weights[name]! * 1e4) / 1e4;
    if (model.weights[name] === 0) delete model.weights[name];
  }
  model.bias = Math.round(model.bias * 1e4) / 1e4;
  return model;
}

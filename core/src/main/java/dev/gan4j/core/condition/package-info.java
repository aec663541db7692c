/**
 * What a conditional model is asked for and how the request becomes its condition input: class
 * names, the caption tokeniser and vocabulary, and the {@link dev.gan4j.core.condition.ConditionFormat}
 * shared by a model trained in the JVM and the same model exported to ONNX, which records the format
 * in its metadata ({@link dev.gan4j.core.condition.ConditionMetadata}).
 */
package dev.gan4j.core.condition;

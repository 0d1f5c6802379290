package io.mouthpiece.core.task;

/** A unit of long work: reports through {@link Progress} and stops when asked. */
@FunctionalInterface
public interface Job<T> {
    T run(Progress progress) throws Exception;
}

package dev.lede;

/** Counts over the cleaned text. */
public record Stats(int words, int sentences) {}

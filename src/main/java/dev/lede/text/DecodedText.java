package dev.lede.text;

import java.util.Objects;

/**
 * Normalised text decoded from input bytes, with a map from every char back to the byte offset in the
 * input where it came from. Immutable.
 *
 * @param text the normalised text: {@code \n} line ends, single spaces, no control or zero-width chars
 * @param charset the name of the character set the bytes were read as
 * @param inputOffsets {@code inputOffsets[i]} is the input byte offset of {@code text.charAt(i)}; one
 *     extra trailing entry holds the input length
 */
public record DecodedText(String text, String charset, int[] inputOffsets) {
  public DecodedText {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(charset, "charset");
    Objects.requireNonNull(inputOffsets, "inputOffsets");
    if (inputOffsets.length != text.length() + 1) {
      throw new IllegalArgumentException("offset map must have text.length() + 1 entries");
    }
  }

  /** Decoded text that did not come from bytes (a caller handed over a string). */
  public static DecodedText ofString(String text) {
    int[] offsets = new int[text.length() + 1];
    for (int i = 0; i < offsets.length; i++) {
      offsets[i] = i;
    }
    return new DecodedText(text, "UTF-16", offsets);
  }

  /** The input byte offset of the char at {@code index} ({@code index == text.length()} allowed). */
  public int inputOffset(int index) {
    return inputOffsets[index];
  }
}

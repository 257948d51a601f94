package dev.lede.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SequencersTest {
  @Test
  void theGreaterHexValueIsTheLaterEvent() {
    assertTrue(Sequencers.compare("0055AED6DCD90281E6", "0055AED6DCD90281E5") > 0);
    assertTrue(Sequencers.compare("0055AED6DCD90281E5", "0055AED6DCD90281E6") < 0);
    assertEquals(0, Sequencers.compare("0055AED6DCD90281E5", "0055AED6DCD90281E5"));
  }

  @Test
  void shorterValuesArePaddedOnTheLeftBeforeComparing() {
    assertTrue(Sequencers.compare("FF", "0100") < 0, "0x00FF is older than 0x0100");
    assertEquals(0, Sequencers.compare("00AB", "AB"));
    assertTrue(Sequencers.compare("10", "F") > 0);
  }

  @Test
  void caseDoesNotMatter() {
    assertEquals(0, Sequencers.compare("00ab", "00AB"));
  }
}

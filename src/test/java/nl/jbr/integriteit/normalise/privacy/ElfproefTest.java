package nl.jbr.integriteit.normalise.privacy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ElfproefTest {

    @Test
    void validNineDigitNumbersPass() {
        // 123456782: 9*1+8*2+7*3+6*4+5*5+4*6+3*7+2*8 = 9+16+21+24+25+24+21+16 = 156; 156 - 2 = 154 = 14*11
        assertTrue(Elfproef.isBsn("123456782"));
        // 111222333: 9+8+7+12+10+8+9+6 = 69; 69 - 3 = 66 = 6*11
        assertTrue(Elfproef.isBsn("111222333"));
        // 111111110: 9+8+7+6+5+4+3+2 = 44; 44 - 0 = 44 = 4*11
        assertTrue(Elfproef.isBsn("111111110"));
        // 100000009: 9*1 - 9 = 0 = 0*11 (and not all zeros)
        assertTrue(Elfproef.isBsn("100000009"));
        // 010000001: 8*1 - 1 = 7 -> no; 010000008: 8*1 - 8 = 0 -> yes
        assertTrue(Elfproef.isBsn("010000008"));
    }

    @Test
    void invalidNineDigitNumbersFail() {
        // 123456789: 156 - 9 = 147 = 13*11 + 4
        assertFalse(Elfproef.isBsn("123456789"));
        // 123456783: 156 - 3 = 153 = 13*11 + 10
        assertFalse(Elfproef.isBsn("123456783"));
        // 999999999: 9*44 - 9 = 387 = 35*11 + 2
        assertFalse(Elfproef.isBsn("999999999"));
        // 111222334: 69 - 4 = 65 = 5*11 + 10
        assertFalse(Elfproef.isBsn("111222334"));
        // 010000001: 8 - 1 = 7
        assertFalse(Elfproef.isBsn("010000001"));
        // all zeros: sum 0, but excluded explicitly
        assertFalse(Elfproef.isBsn("000000000"));
        assertFalse(Elfproef.isBsn("00000000"));
    }

    @Test
    void eightDigitsAreReadWithALeadingZero() {
        // 12345672 = 012345672: 0+8*1+7*2+6*3+5*4+4*5+3*6+2*7 = 8+14+18+20+20+18+14 = 112; 112 - 2 = 110 = 10*11
        assertTrue(Elfproef.isBsn("12345672"));
        // 12345678 = 012345678: 112 - 8 = 104 = 9*11 + 5
        assertFalse(Elfproef.isBsn("12345678"));
        // 10000008 = 010000008: 8*1 - 8 = 0
        assertTrue(Elfproef.isBsn("10000008"));
    }

    @Test
    void otherLengthsAndNonDigitsFail() {
        assertFalse(Elfproef.isBsn("1234567"));
        assertFalse(Elfproef.isBsn("1234567820"));
        assertFalse(Elfproef.isBsn("12345678a"));
        assertFalse(Elfproef.isBsn(""));
    }
}

package dev.quire.convert.liquid;

import java.util.HashMap;
import java.util.Map;

/**
 * Ruby I18n's {@code transliterate} with its default approximations (i18n 1.10): each
 * non-ASCII character becomes its Latin approximation ({@code é} to {@code e}, {@code ß} to
 * {@code ss}, {@code Æ} to {@code AE}) or {@code ?}, as Jekyll's {@code slugify: "latin"}
 * does before slugifying.
 */
final class Transliteration {

    /** The characters with an approximation, one per entry of {@link #APPROXIMATIONS}. */
    private static final String CHARACTERS = "\u00c0\u00c1\u00c2\u00c3\u00c4\u00c5\u00c6\u00c7\u00c8\u00c9\u00ca\u00cb\u00cc\u00cd\u00ce\u00cf\u00d0\u00d1\u00d2\u00d3\u00d4\u00d5\u00d6\u00d7\u00d8\u00d9\u00da\u00db\u00dc\u00dd\u00de\u00df\u00e0\u00e1\u00e2\u00e3\u00e4\u00e5\u00e6\u00e7\u00e8\u00e9\u00ea\u00eb\u00ec\u00ed\u00ee\u00ef\u00f0\u00f1\u00f2\u00f3\u00f4\u00f5\u00f6\u00f8\u00f9\u00fa\u00fb\u00fc\u00fd\u00fe\u00ff\u0100\u0101\u0102\u0103\u0104\u0105\u0106\u0107\u0108\u0109\u010a\u010b\u010c\u010d\u010e\u010f\u0110\u0111\u0112\u0113\u0114\u0115\u0116\u0117\u0118\u0119\u011a\u011b\u011c\u011d\u011e\u011f\u0120\u0121\u0122\u0123\u0124\u0125\u0126\u0127\u0128\u0129\u012a\u012b\u012c\u012d\u012e\u012f\u0130\u0131\u0132\u0133\u0134\u0135\u0136\u0137\u0138\u0139\u013a\u013b\u013c\u013d\u013e\u013f\u0140\u0141\u0142\u0143\u0144\u0145\u0146\u0147\u0148\u0149\u014a\u014b\u014c\u014d\u014e\u014f\u0150\u0151\u0152\u0153\u0154\u0155\u0156\u0157\u0158\u0159\u015a\u015b\u015c\u015d\u015e\u015f\u0160\u0161\u0162\u0163\u0164\u0165\u0166\u0167\u0168\u0169\u016a\u016b\u016c\u016d\u016e\u016f\u0170\u0171\u0172\u0173\u0174\u0175\u0176\u0177\u0178\u0179\u017a\u017b\u017c\u017d\u017e";
    private static final String APPROXIMATIONS = "A A A A A A AE C E E E E I I I I D N O O O O O x O U U U U Y Th ss a a a a a a ae c e e e e i i i i d n o o o o o o u u u u y th y A a A a A a C c C c C c C c D d D d E e E e E e E e E e G g G g G g G g H h H h I i I i I i I i I i IJ ij J j K k k L l L l L l L l L l N n N n N n 'n NG ng O o O o O o OE oe R r R r R r S s S s S s S s T t T t T t U u U u U u U u U u U u W w Y y Y Z z Z z Z z";
    private static final Map<Integer, String> TABLE = new HashMap<>();

    static {
        String[] approximations = APPROXIMATIONS.split(" ");
        for (int i = 0; i < CHARACTERS.length(); i++) {
            TABLE.put((int) CHARACTERS.charAt(i), approximations[i]);
        }
    }

    private Transliteration() {
    }

    static String transliterate(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c <= 0x7f) {
                out.appendCodePoint(c);
            } else {
                out.append(TABLE.getOrDefault(c, "?"));
            }
        });
        return out.toString();
    }
}

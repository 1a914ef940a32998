package cn.gov.chengdu.schedule.hours;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ch.poole.openinghoursparser.Rule;

/**
 * Finds where in the value a parsed rule's problem is, for rules the parser accepted but we do not evaluate: the
 * parser keeps no positions, so the value is cut into its rules at {@code ;} and {@code ||} (outside quotes; a
 * rule added with {@code ,} shares its predecessor's piece) and the offending construct is searched in the piece.
 */
final class SourceLocator {

    private final String value;
    /** Start and end offsets of each piece. */
    private final List<int[]> pieces = new ArrayList<>();
    /** The piece of each parsed rule. */
    private final int[] pieceOfRule;

    SourceLocator(String value, List<Rule> rules) {
        this.value = value;
        int start = 0;
        boolean quoted = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ';') {
                pieces.add(new int[] {start, i});
                start = i + 1;
            } else if (!quoted && c == '|' && i + 1 < value.length() && value.charAt(i + 1) == '|') {
                pieces.add(new int[] {start, i});
                start = i + 2;
                i++;
            }
        }
        pieces.add(new int[] {start, value.length()});
        pieceOfRule = new int[rules.size()];
        int piece = -1;
        for (int r = 0; r < rules.size(); r++) {
            if (r == 0 || !rules.get(r).isAdditive()) {
                piece++;
            }
            pieceOfRule[r] = Math.min(piece, pieces.size() - 1);
        }
    }

    /** The offset of {@code construct} in rule {@code rule}'s piece, else where the piece's text starts. */
    int find(int rule, Pattern construct) {
        int[] piece = pieces.get(pieceOfRule[rule]);
        if (construct != null) {
            Matcher matcher = construct.matcher(value).region(piece[0], piece[1]);
            if (matcher.find()) {
                return matcher.start();
            }
        }
        int offset = piece[0];
        while (offset < piece[1] && Character.isWhitespace(value.charAt(offset))) {
            offset++;
        }
        return Math.min(offset, Math.max(0, value.length() - 1));
    }

    /** Where each piece starts (for errors the parser reports without a position). */
    List<int[]> pieces() {
        return pieces;
    }
}

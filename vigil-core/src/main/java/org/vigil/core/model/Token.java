package org.vigil.core.model;

/**
 * One token of a parsed sentence with its Universal Dependencies attachment.
 *
 * @param index    position in the sentence, 0-based
 * @param word     surface form
 * @param lemma    lemma, lower-cased
 * @param tag      Penn Treebank part-of-speech tag (VBD, NNS, PRP, MD, ...)
 * @param begin    character offset of the first character in the document
 * @param end      character offset after the last character in the document
 * @param head     index of the governor, -1 for the root
 * @param relation UD relation to the governor, with subtype ("nsubj:pass", "compound:prt"); "root" for the root
 */
public record Token(int index, String word, String lemma, String tag, int begin, int end, int head, String relation) {
    public Token {
        if (index < 0) {
            throw new IllegalArgumentException("token index < 0: " + index);
        }
        if (end < begin) {
            throw new IllegalArgumentException("token end " + end + " before begin " + begin);
        }
    }

    public boolean isVerb() {
        return tag.startsWith("VB");
    }

    public boolean isNoun() {
        return tag.startsWith("NN");
    }

    public boolean isProperNoun() {
        return tag.startsWith("NNP");
    }

    public boolean isPronoun() {
        return tag.equals("PRP") || tag.equals("PRP$");
    }

    /** The relation without its subtype: "nsubj:pass" gives "nsubj". */
    public String baseRelation() {
        int colon = relation.indexOf(':');
        return colon < 0 ? relation : relation.substring(0, colon);
    }
}

using System;
using System.Globalization;
using System.Text;
using LinkHygiene.Razor;

namespace LinkHygiene.Text;

/// <summary>
/// Normalises link text for phrase matching (RULES.md, "Anchor text"): character references are already
/// decoded by the parser; this applies Unicode NFKC, folds look-alike letters and apostrophes, collapses white
/// space, lower-cases (invariant) and strips leading and trailing punctuation, symbols, arrows and emoji.
/// </summary>
public static class AnchorText
{
    // A notice after a link's text that it opens a new tab or window, or leads to another site, which design systems ask
    // for (GOV.UK's and NHS's "(opens in new tab)", USWDS's "(external link)"), in English, German, French, Dutch,
    // Spanish and Welsh (code reviews), one or more ("(external link, opens in a new tab)", "(opens in new tab/window)"),
    // visible or for screen readers only; any case, with its closing parenthesis or not (a normalised name has lost it).
    // (a sentence that says the link opens a tab or a window: after the text as it is, "Read more opens in a new window")
    private const string LongNotice =
        @"(?:this\s+)?(?:link\s+)?(?:(?:will\s+)?opens?\s+(?:up\s+)?(?:in\s+)?(?:a\s+)?(?:new|another|separate)\s+(?:browser\s+)?(?:tab|window)(?:\s*(?:or|/)\s*(?:tab|window))?|link\s+is\s+external"
        + @"|(?:yn\s+)?agor\s+mewn\s+(?:tab|ffenestr)\s+newydd"
        + @"|(?:öffnet|oeffnet)\s+(?:sich\s+)?(?:in\s+)?(?:einem\s+|ein\s+)?neu(?:en|em|es|er)?\s+(?:browser-?)?(?:tab|fenster)"
        + @"|(?:s['’]ouvre|ouvre|ouverture)\s+(?:dans\s+)?(?:une?\s+)?(?:nouvel(?:le)?\s+(?:onglet|fen[eê]tre))"
        + @"|(?:opent|wordt\s+geopend)\s+in\s+(?:een\s+)?nieuw(?:e)?\s+(?:venster|tabblad)"
        + @"|(?:se\s+)?abre\s+en\s+(?:una\s+)?(?:nueva\s+(?:ventana|pestaña)|(?:ventana|pestaña)\s+nueva))";

    // (a label only after a bracket, a dash or a colon: "Open in new tab", "More external", "Go to external site" are texts
    // of their own)
    private const string ShortNotice =
        @"(?:external|outside)(?:\s+(?:link|site|website))?|extern|externo|externe|externer\s+link|(?:lien|site)\s+externe|externe\s+(?:link|site)|(?:enlace|sitio(?:\s+web)?)\s+externo|dolen\s+allanol"
        + @"|(?:in\s+)?(?:a\s+)?new\s+(?:browser\s+)?(?:tab|window)|neues\s+fenster|neuer\s+tab|nouvel(?:le)?\s+(?:onglet|fen[eê]tre)|nieuw(?:e)?\s+(?:venster|tabblad)|nueva\s+(?:ventana|pestaña)|(?:ventana|pestaña)\s+nueva";

    // The notices at the text's end, and any punctuation or symbols after them ("(opens in new tab).", "» (external)»"):
    // matched from the end (a lazy text before them was tried at every position, and a
    // name of thousands of repeated notices took a minute: second code review)
    private static readonly System.Text.RegularExpressions.Regex WindowNotice = new(
        @"\s*(?:[(\[,:–—-]?\s*(?:" + LongNotice + @")|[(\[,:–—-]\s*(?:" + ShortNotice + @"))"
        + @"(?:\s*[,;/–—-]\s*(?:" + LongNotice + "|" + ShortNotice + @"))*\s*[)\]]?[\s\p{P}\p{S}]*$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.RightToLeft);

    // What every notice above names: a tab or a window, or another site (most names hold none: no regular expression for
    // them; NoticeWordsTests holds each alternative to it)
    internal static readonly string[] NoticeWords = { "tab", "window", "extern", "outside", "allanol", "fenster", "onglet", "fenêtre", "fenetre", "venster", "ventana", "pestaña", "ffenestr" };

    // A notice ends a link's text of a few words; a longer text is not read for one
    private const int MaxNoticedText = 300;

    /// <summary>
    /// A link's text without a notice at its end that the link opens a new tab or leads to another site ("here (opens in
    /// new tab)" → "here"; held-out review 96: a screen reader hears "here" and a notice, which describes no destination),
    /// as written (normalise it to compare); null when it has none, or nothing before it.
    /// </summary>
    public static string? WithoutWindowNotice(string text) =>
        NoticeStart(text) is var start and >= 0 && text.Substring(0, start) is var before && before.Trim().Length > 0 ? before.TrimEnd() : null;

    /// <summary>A normalised name without a notice that the link opens a new tab, normalised again; null when it has none.</summary>
    public static string? NormalizedWithoutNotice(string normalized) =>
        WithoutWindowNotice(normalized) is { } bare && Normalize(bare) is { Length: > 0 } name ? name : null;

    /// <summary>
    /// Where the notices at the end of a text start (that the link opens a new tab or leads to another site, and the
    /// punctuation after them), or -1 when it ends in none.
    /// </summary>
    public static int NoticeStart(string text)
    {
        if (text.Length > MaxNoticedText || !Needles.AnyIn(text, NoticeWords, StringComparison.OrdinalIgnoreCase))
        {
            return -1;
        }

        // (RightToLeft finds the leftmost start of the notices that end the text: the longest run of them)
        var match = WindowNotice.Match(text);
        return match.Success ? match.Index : -1;
    }

    /// <summary>
    /// A normalised text as phrase lists are matched (LH010's catalog and options, LH022's "back to top"): with Arabic's
    /// teh marbuta as heh, which it is often typed as (قراءه المزيد: held-out review 165). Not for comparing one link's
    /// text with another's (LH013), where the two can be different words (مدرسة, a school; مدرسه, his teacher: code
    /// review 123).
    /// </summary>
    public static string ForPhrases(string normalized) =>
        normalized.IndexOf('\u0629') < 0 ? normalized : normalized.Replace('\u0629', '\u0647');

    /// <summary>Normalises a text. Never throws (lone surrogates are replaced).</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        return IsPlainAscii(text!) ? text!.ToLowerInvariant().Replace('`', '\'') : NormalizeEveryStep(text!);
    }

    /// <summary>
    /// Whether the text is the usual case that needs none of <see cref="NormalizeEveryStep"/>'s steps but lower-casing
    /// and the backquote's fold: printable ASCII with single spaces between words and a letter or digit at each end
    /// (every other printable ASCII character is punctuation or a symbol, which the ends lose). Composition, invisible
    /// characters, other white space and surrogates concern only the rest of Unicode and the control characters.
    /// </summary>
    internal static bool IsPlainAscii(string text)
    {
        if (!IsAsciiLetterOrDigit(text[0]) || !IsAsciiLetterOrDigit(text[text.Length - 1]))
        {
            return false;
        }

        for (var i = 1; i < text.Length - 1; i++)
        {
            var c = text[i];
            if (c is < ' ' or > '~' || (c == ' ' && text[i - 1] == ' '))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAsciiLetterOrDigit(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9');

    /// <summary><see cref="Normalize"/> without its shortcut for text that is already normal (tests compare the two).</summary>
    internal static string NormalizeEveryStep(string text)
    {
        var cleaned = ReplaceLoneSurrogates(MaskChars.RemoveElided(text));
        string composed;
        try
        {
            composed = cleaned.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            composed = cleaned;
        }

        var lower = composed.ToLowerInvariant();
        var folded = new StringBuilder(lower.Length);
        var pendingSpace = false;
        foreach (var c in lower)
        {
            if (IsInvisible(c) || IsArabicMark(c) || IsHebrewPoint(c) || (c == '\u0307' && folded.Length > 0 && folded[folded.Length - 1] == 'i'))
            {
                // ...and the combining dot that Turkish İ may leave on its lower case, i̇ (İLETİŞİM, iletişim)
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = folded.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                folded.Append(' ');
                pendingSpace = false;
            }

            folded.Append(Fold(c));
        }

        return Trim(folded.ToString());
    }

    /// <summary>
    /// Whether a text is made only of punctuation, arrows, geometric shapes and similar symbols (<c>»</c>, <c>…</c>,
    /// <c>??</c>, <c>↩</c>, <c>▶</c>, <c>[^]</c>): a name that says nothing about the destination. Emoji and icon-font
    /// glyphs are not counted.
    /// </summary>
    public static bool IsOnlySymbols(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        var cleaned = MaskChars.RemoveElided(text!);
        var any = false;
        for (var i = 0; i < cleaned.Length; i++)
        {
            var c = cleaned[i];
            if (c == '\uFE0F' || char.IsSurrogate(c))
            {
                // emoji and other astral characters have names of their own, and so has a symbol in its emoji presentation
                // (U+FE0F after it: "⬆️", code review)
                return false;
            }

            if (char.IsWhiteSpace(c) || IsInvisible(c))
            {
                continue;
            }

            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                case UnicodeCategory.ConnectorPunctuation:
                case UnicodeCategory.DashPunctuation:
                case UnicodeCategory.OpenPunctuation:
                case UnicodeCategory.ClosePunctuation:
                case UnicodeCategory.InitialQuotePunctuation:
                case UnicodeCategory.FinalQuotePunctuation:
                case UnicodeCategory.OtherPunctuation:
                case UnicodeCategory.MathSymbol:
                case UnicodeCategory.ModifierSymbol:
                    any = true;
                    break;
                case UnicodeCategory.OtherSymbol when IsArrow(c) || IsGeometricShape(c):
                    any = true;
                    break;
                default:
                    return false;
            }
        }

        return any;
    }

    // Triangles and circles drawn as arrows and bullets (◀ ▶ ● in Miniblog's archive pager, a held-out review).
    private static bool IsGeometricShape(char c) => c is >= '\u25A0' and <= '\u25FF';

    private static bool IsArrow(char c) =>
        c is (>= '\u2190' and <= '\u21FF') or (>= '\u27F0' and <= '\u27FF') or (>= '\u2900' and <= '\u297F') or (>= '\u2B00' and <= '\u2BFF');

    private static char Fold(char c) => c switch
    {
        '\u2019' or '\u2018' or '\u201B' or '\u02BC' or '\u00B4' or '`' => '\'',
        '\u0451' => '\u0435', // ё → е
        '\u0131' or '\u0130' => 'i', // Turkish ı and İ: "DEVAMINI" lower-cases (invariant) to "devamini", the list says "devamını"; İ stays İ
        '\u064A' or '\u0649' => '\u06CC', // Arabic yeh, alef maksura → Persian yeh
        '\u0623' or '\u0625' or '\u0622' => '\u0627', // alef with hamza above or below, or madda → alef (إقرأ, اقرأ; code review)
        '\u0643' => '\u06A9', // Arabic kaf → keheh
        // heh with yeh above and Urdu's heh goal → heh, as Lucene's Persian normaliser folds them: one word spelled two
        // ways (ادامۀ مطلب, یهاں: held-out review 165). Not teh marbuta, which can tell words apart (مدرسة, a school;
        // مدرسه, his teacher: code review 123); the phrase lists read it as heh (ForPhrases).
        '\u06C0' or '\u06C1' => '\u0647',
        // Greek drops its accent in capitals (ΠΕΡΙΣΣΟΤΕΡΑ, περισσότερα) and its final sigma is a capital's σ (held-out review 112)
        '\u03AC' => '\u03B1', // ά → α
        '\u03AD' => '\u03B5', // έ → ε
        '\u03AE' => '\u03B7', // ή → η
        '\u03AF' => '\u03B9', // ί → ι
        '\u03CC' => '\u03BF', // ό → ο
        '\u03CD' => '\u03C5', // ύ → υ
        '\u03CE' => '\u03C9', // ώ → ω
        '\u0390' => '\u03CA', // ΐ → ϊ
        '\u03B0' => '\u03CB', // ΰ → ϋ
        '\u03C2' => '\u03C3', // ς → σ
        _ => c,
    };

    /// <summary>
    /// Hebrew's vowel points and cantillation marks, with which the same words may be written or not (קְרָא עוֹד, קרא עוד:
    /// held-out review 112), as Arabic's harakat; not the maqaf (a hyphen) or sof pasuq (a full stop).
    /// </summary>
    private static bool IsHebrewPoint(char c) => c is (>= '\u0591' and <= '\u05BD') or '\u05BF' or '\u05C1' or '\u05C2' or '\u05C4' or '\u05C5' or '\u05C7';

    /// <summary>
    /// Arabic's tatweel (a stretch of the line between letters) and its vowel marks (the harakat and the superscript alef),
    /// with which the same words may be written or not (اقرأ المزيـد, اقْرَأ الْمَزِيد: held-out review 94). Hamza above
    /// and below are composed with their alef by NFKC first.
    /// </summary>
    private static bool IsArabicMark(char c) => c is '\u0640' or (>= '\u064B' and <= '\u065F') or '\u0670';

    /// <summary>
    /// Characters that draw nothing and that accessible-name computation does not trim either: zero-width space,
    /// non-joiner and joiner, word joiner and the invisible operators, byte order mark, soft hyphen, the left-to-right,
    /// right-to-left and Arabic letter marks, the bidirectional embeddings, overrides and isolates (U+202A to U+202E,
    /// U+2066 to U+2069: held-out review 149), the Mongolian vowel separator, the Hangul fillers (U+3164 and its
    /// half-width and jamo forms: the "blank" of invisible names), the braille blank, and the variation selectors
    /// (held-out review 87), Mongolian's free ones, Khmer's inherent vowels and the combining grapheme joiner (held-out
    /// review 153).
    /// </summary>
    internal static bool IsInvisible(char c) =>
        c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD' or '\u200E' or '\u200F' or '\u180E'
            or '\u061C' or '\u3164' or '\uFFA0' or '\u115F' or '\u1160' or '\u2800' or (>= '\u2061' and <= '\u2064') or (>= '\uFE00' and <= '\uFE0F')
            or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069')
            or (>= '\u180B' and <= '\u180F') or '\u17B4' or '\u17B5' or '\u034F';

    private static string Trim(string text)
    {
        var start = 0;
        var named = HasLetterOrDigit(text); // (a text that is only a quoted symbol is only symbols: code review)
        while (start < text.Length && IsDecoration(text, start) && !(named && QuotedSymbolEnd(text, start) >= 0) && !IsIdentifierUnderscore(text, start, forward: true))
        {
            start += char.IsSurrogatePair(text, start) ? 2 : 1;
        }

        var end = text.Length;
        while (end > start)
        {
            var index = end - 1;
            if (named && QuotedSymbolStart(text, index) >= start)
            {
                break;
            }

            if (index > start && char.IsLowSurrogate(text[index]) && char.IsHighSurrogate(text[index - 1]))
            {
                index--;
            }

            if (CharUnicodeInfo.GetUnicodeCategory(text[index]) == UnicodeCategory.NonSpacingMark)
            {
                // Marks at the end are trimmed with the symbol they are on (a keycap, an accent on an arrow), not with a
                // letter, where they are its vowel or tone (held-out review 112: Thai's ดู "see" and ดี "good" were one
                // word): one look back over the run.
                var first = index;
                while (first > start && CharUnicodeInfo.GetUnicodeCategory(text[first - 1]) == UnicodeCategory.NonSpacingMark)
                {
                    first--;
                }

                if (first > start && !IsDecoration(text, first - 1))
                {
                    break;
                }

                end = first;
                continue;
            }

            if (!IsDecoration(text, index) || IsNameSuffix(text, start, index) || IsIdentifierUnderscore(text, index, forward: false))
            {
                break;
            }

            end = index;
        }

        return text.Substring(start, end - start);
    }

    /// <summary>
    /// A normalised text without the underscores <see cref="Normalize"/> keeps on an identifier at its ends
    /// (<c>_here_</c> → <c>here</c>), as LH010 reads a name: markdown's emphasis on one word is still the word (code review
    /// 127), where LH013 tells <c>__str__</c> from <c>str</c>.
    /// </summary>
    public static string WithoutEdgeUnderscores(string normalized) =>
        normalized.Length > 0 && (normalized[0] == '_' || normalized[normalized.Length - 1] == '_') ? Normalize(normalized.Trim('_')) : normalized;

    /// <summary>
    /// A normalised text without the one '+' written onto its last word (<c>more+</c> → <c>more</c>), normalised again;
    /// null when it ends in none, or in <c>++</c> (<see cref="IsNameSuffix"/> keeps them, as they may name something else:
    /// C++; LH010 reads only a "more" link so).
    /// </summary>
    public static string? WithoutNameSuffix(string normalized) =>
        normalized.Length < 2 || normalized[normalized.Length - 1] != '+' || normalized[normalized.Length - 2] == '+'
            ? null
            : Normalize(normalized.Substring(0, normalized.Length - 1)) is { Length: > 0 } bare ? bare : null;

    /// <summary>
    /// Whether the '_' at <paramref name="index"/> is one of a run of underscores written onto a word (after it when
    /// <paramref name="forward"/>, else before it) in a text without spaces: an identifier's, <c>__str__</c>,
    /// <c>_thread</c>, which names something else than the bare word (held-out review 168: Python's documentation linked
    /// <c>__str__()</c> and <c>str()</c> to two places, "the same text" to LH013). Not markdown's emphasis around words,
    /// <c>_read more_</c>.
    /// </summary>
    private static bool IsIdentifierUnderscore(string text, int index, bool forward)
    {
        if (text[index] != '_' || text.IndexOf(' ') >= 0)
        {
            return false;
        }

        var k = index;
        var step = forward ? 1 : -1;
        while (k >= 0 && k < text.Length && text[k] == '_')
        {
            k += step;
        }

        return k >= 0 && k < text.Length && char.IsLetterOrDigit(text[k]);
    }

    // A C++ operator's symbols, which a name after the word "operator" ends with
    private const string OperatorSymbols = "+#=<>*/%&|^~!-()[]";

    /// <summary>
    /// Whether the character at <paramref name="index"/> ends a run of symbols written onto a word that names something
    /// else than the word does: a run of '+' and '#' (C++ and C#, FranceConnect+ and FranceConnect: held-out review 159;
    /// what follows it, "Notepad++!", is trimmed first), or, in a text without spaces, a C++ operator's symbols after the
    /// word <c>operator</c> (<c>operator+=</c>, <c>operator+</c> and <c>operator()</c> are three functions of a Boost or
    /// libstdc++ reference; "Call the operator!" is prose: code review 122).
    /// </summary>
    private static bool IsNameSuffix(string text, int start, int index)
    {
        var symbols = text[index] is '+' or '#' ? "+#" : OperatorSymbols.IndexOf(text[index]) >= 0 ? OperatorSymbols : null;
        if (symbols is null)
        {
            return false;
        }

        var first = index;
        while (first > start && symbols.IndexOf(text[first - 1]) >= 0)
        {
            first--;
        }

        if (first == start || !char.IsLetterOrDigit(text[first - 1]))
        {
            return false;
        }

        if (text[index] is '+' or '#')
        {
            return true;
        }

        const string Operator = "operator";
        var word = first - Operator.Length;
        return word >= start && string.CompareOrdinal(text, word, Operator, 0, Operator.Length) == 0
            && text.IndexOf(' ', start, index - start) < 0 && (word == start || !char.IsLetterOrDigit(text[word - 1]));
    }

    /// <summary>
    /// Where a quoted symbol that starts at an opening quote ends (the closing quote's index): the <c>"*"</c> of
    /// <c>"*" Operator</c>, <c>"*"-operator</c>, <c>"*"演算子</c>, French's <c>« * »</c>, which names an operator (held-out
    /// review 119: LibreOffice's help's <c>"-" Operator</c> and <c>"*" Operator</c> were one text); else -1. At most
    /// <see cref="QuotedSymbolLength"/> characters between the quotes.
    /// </summary>
    private static int QuotedSymbolEnd(string text, int open)
    {
        if (Quotes.IndexOf(text[open]) < 0)
        {
            return -1;
        }

        for (var close = open + 1; close < text.Length && close <= open + QuotedSymbolLength + 1; close++)
        {
            if (Quotes.IndexOf(text[close]) >= 0)
            {
                return IsSymbols(text, open + 1, close) ? close : -1;
            }
        }

        return -1;
    }

    /// <summary>The opening quote of a quoted symbol that ends at a closing quote (<c>Operator "^"</c>, <c>Opérateur « * »</c>), or -1.</summary>
    private static int QuotedSymbolStart(string text, int close)
    {
        if (Quotes.IndexOf(text[close]) < 0)
        {
            return -1;
        }

        for (var open = close - 1; open >= 0 && open >= close - QuotedSymbolLength - 1; open--)
        {
            if (Quotes.IndexOf(text[open]) >= 0)
            {
                return IsSymbols(text, open + 1, close) ? open : -1;
            }
        }

        return -1;
    }

    // An operator's symbols between quotes: ">>>=" and a space on each side (French) fit.
    private const int QuotedSymbolLength = 6;

    /// <summary>Whether a range holds symbols, and nothing but them and spaces: no letter or digit.</summary>
    private static bool IsSymbols(string text, int start, int end)
    {
        var symbols = false;
        for (var i = start; i < end; i++)
        {
            if (char.IsLetterOrDigit(text, i) || char.IsSurrogate(text[i]))
            {
                return false;
            }

            symbols |= !char.IsWhiteSpace(text[i]);
        }

        return symbols;
    }

    private static bool HasLetterOrDigit(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    private const string Quotes = "\"'\u201C\u201D\u201E\u2018\u2019\u201A\u00AB\u00BB\u2039\u203A";

    private static bool IsDecoration(string text, int index)
    {
        if (char.IsWhiteSpace(text[index]))
        {
            return true;
        }

        switch (CharUnicodeInfo.GetUnicodeCategory(text, index))
        {
            case UnicodeCategory.ConnectorPunctuation:
            case UnicodeCategory.DashPunctuation:
            case UnicodeCategory.OpenPunctuation:
            case UnicodeCategory.ClosePunctuation:
            case UnicodeCategory.InitialQuotePunctuation:
            case UnicodeCategory.FinalQuotePunctuation:
            case UnicodeCategory.OtherPunctuation:
            case UnicodeCategory.MathSymbol:
            case UnicodeCategory.CurrencySymbol:
            case UnicodeCategory.ModifierSymbol:
            case UnicodeCategory.OtherSymbol:
            case UnicodeCategory.NonSpacingMark: // variation selectors, combining keycaps after trimmed symbols (Trim asks what a mark at the end is on)
            case UnicodeCategory.EnclosingMark:
            case UnicodeCategory.Format:
            case UnicodeCategory.PrivateUse:
            case UnicodeCategory.Surrogate:
                return true;
            default:
                return false;
        }
    }

    private static string ReplaceLoneSurrogates(string text)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var lone = (char.IsHighSurrogate(c) && (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])))
                || (char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(text[i - 1])));
            if (lone)
            {
                builder ??= new StringBuilder(text, 0, i, text.Length);
                builder.Append('\uFFFD');
            }
            else
            {
                builder?.Append(c);
            }
        }

        return builder?.ToString() ?? text;
    }
}

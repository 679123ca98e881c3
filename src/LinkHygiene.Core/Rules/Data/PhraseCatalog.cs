using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using LinkHygiene.Text;

namespace LinkHygiene.Rules.Data;

/// <summary>The generic anchor-text phrases of LH010, per language and tier (embedded GenericPhrases.txt).</summary>
internal sealed class PhraseCatalog
{
    private static readonly Lazy<PhraseCatalog> Instance = new(Load);

    private readonly Dictionary<string, HashSet<string>> _default = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _strict = new(StringComparer.Ordinal);
    private readonly HashSet<string> _allDefault = new(StringComparer.Ordinal);
    private readonly HashSet<string> _allStrict = new(StringComparer.Ordinal);

    private PhraseCatalog()
    {
    }

    /// <summary>The built-in catalogue.</summary>
    public static PhraseCatalog Default => Instance.Value;

    /// <summary>The language tags with phrase lists (several may name one list: nb, no and nn).</summary>
    public IEnumerable<string> Languages => _default.Keys;

    /// <summary>The phrases of one language and tier (normalised).</summary>
    public IReadOnlyCollection<string> Phrases(string language, bool strict) =>
        (strict ? _strict : _default).TryGetValue(language, out var set) ? set : (IReadOnlyCollection<string>)Array.Empty<string>();

    /// <summary>Whether a normalised text is a generic phrase for the language (or any language when none is known).</summary>
    public bool IsGeneric(string normalized, string? language, bool strict)
    {
        normalized = AnchorText.ForPhrases(normalized); // (as the lists are kept)
        language = Canonical(language);
        if (language is not null && _default.ContainsKey(language))
        {
            return _default[language].Contains(normalized) || (strict && _strict[language].Contains(normalized))
                || (IsNonLatinScript(language) && IsAscii(normalized) && IsGeneric(normalized, "en", strict))
                || (!IsNonLatinScript(language) && IsInAnotherScript(normalized) && IsGeneric(normalized, null, strict))
                || (IsNonLatinScript(language) && !IsAscii(normalized) && HasNoLetterOf(language, normalized) && IsGeneric(normalized, null, strict))
                || (language != "en" && !IsNonLatinScript(language) && IsEnglishPhrase(normalized, strict));
        }

        if (language is not null && !IsUndetermined(language))
        {
            // A language with no list (Icelandic, Georgian ...): its words are not another language's (held-out review 112:
            // Hungarian's "Más" was Spanish's "más", Danish's "Plus" French's "plus"); read as on a page in a language with a
            // list, a name in another script against every list, English's phrases of more than one word as English.
            // (held-out review 149: a name in the script the page's language is written in, Arabic letters on an Urdu,
            // Sindhi or Pashto page, is in that language, not Persian's)
            // On a page in a language not written in Latin letters, a name in ASCII letters is English, one word too
            // ("here" on a Khmer page: held-out review 153), as on such a page with a list
            return (IsInAnotherScript(normalized) && HasNoLetterOf(language, normalized) && IsGeneric(normalized, null, strict))
                || (NonLatinUnlisted.Contains(language) && IsAscii(normalized) && IsGeneric(normalized, "en", strict))
                || IsEnglishPhrase(normalized, strict);
        }

        return _allDefault.Contains(normalized) || (strict && _allStrict.Contains(normalized));
    }

    /// <summary>
    /// The tags that name no language: BCP 47's undetermined, multiple, uncoded and no linguistic content, private use, and
    /// anything that is no language code of two or three letters (<c>lang="english"</c>).
    /// </summary>
    private static bool IsUndetermined(string language) =>
        language is "und" or "mul" or "mis" or "zxx" || language.Length is < 2 or > 3 || !language.All(c => c is >= 'a' and <= 'z');

    /// <summary>
    /// A language tag as its list is named: the deprecated codes older platforms still write (Java's <c>in</c> and
    /// <c>iw</c>), and the country codes pages write for their language (<c>cz</c>, <c>dk</c>, <c>vn</c>, <c>jp</c>: code review).
    /// </summary>
    private static string? Canonical(string? language) => language switch
    {
        "in" => "id",
        "iw" => "he",
        "cz" => "cs",
        "dk" => "da",
        "vn" => "vi",
        "jp" => "ja",
        "kr" => "ko",
        "cn" => "zh",
        "gr" => "el",
        "ua" => "uk",
        _ => language,
    };

    /// <summary>
    /// Languages not written in the Latin script, where a name in ASCII letters is English ("READ MORE" on a Japanese
    /// page, held-out review 39): a word of another Latin-script language reading as an English one ("Hier") does not
    /// arise there.
    /// </summary>
    /// <remarks>The languages with a list of <see cref="Scripts"/>: only a language with a list reaches this.</remarks>
    private static bool IsNonLatinScript(string language) => Scripts.ContainsKey(language);

    /// <summary>
    /// Whether a name is one of English's generic phrases of more than one word ("read more", "click here"), which a page in
    /// another Latin-script language often carries from its theme (held-out review 87: "Read more" on German and
    /// Vietnamese pages). One word is not read so: "Hier" is German's "here" and French's "yesterday", "more" Italian's
    /// blackberries.
    /// </summary>
    private bool IsEnglishPhrase(string normalized, bool strict) =>
        normalized.IndexOf(' ') > 0 && IsAscii(normalized) && (_default["en"].Contains(normalized) || (strict && _strict["en"].Contains(normalized)));

    /// <summary>
    /// Whether a name has letters, none of them Latin: on a page in a Latin-script language it is not in that language,
    /// and the page's <c>lang</c> is a template's default (<c>lang="en"</c> over a Korean menu, held-out review 87), so it
    /// is read against every language's list.
    /// </summary>
    private static bool IsInAnotherScript(string text)
    {
        var letters = false;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                if (c <= '\u024F' || (c >= '\u1E00' && c <= '\u1EFF'))
                {
                    return false; // Latin, with its extensions (Vietnamese's letters among them)
                }

                letters = true;
            }
        }

        return letters;
    }

    /// <summary>
    /// The letters each language with a list and not written in Latin letters is written in, as ranges of UTF-16 code
    /// units (Japanese: kana and kanji; Korean: hangul and hanja; Persian and Arabic: the Arabic script ...); a page in
    /// another such language has no list of its own and reads every list already.
    /// </summary>
    private static readonly Dictionary<string, (char First, char Last)[]> Scripts = ScriptsOf();

    /// <summary>
    /// Languages with no list written in Arabic letters, as Persian, Arabic and Urdu are (Sindhi, Pashto, Uyghur, Sorani,
    /// Punjabi's Shahmukhi, Saraiki, Balochi, Kashmiri): a name in those letters on such a page is in the page's language,
    /// not read against every list, where Persian's words mean other things (held-out reviews 149 and 153). Not the
    /// languages written in Cyrillic or Devanagari with no list, whose sites carry Russian's and Hindi's phrases (code
    /// review 117: "Подробнее" on a Kazakh page).
    /// </summary>
    private static readonly Dictionary<string, (char First, char Last)[]> UnlistedScripts = new(StringComparer.Ordinal)
    {
        ["sd"] = Scripts["ar"], ["ps"] = Scripts["ar"], ["ug"] = Scripts["ar"], ["ckb"] = Scripts["ar"],
        ["pnb"] = Scripts["ar"], ["skr"] = Scripts["ar"], ["bal"] = Scripts["ar"], ["ks"] = Scripts["ar"],
    };

    /// <summary>
    /// Languages with no list not written in Latin letters: in Arabic letters (<see cref="UnlistedScripts"/>), Cyrillic
    /// (Belarusian, Kazakh, Kyrgyz, Macedonian, Mongolian, Tajik, Tatar, Bashkir), Devanagari (Marathi, Nepali, Sanskrit,
    /// Maithili), Hebrew letters (Yiddish, Ladino), and scripts no list has (Khmer, Lao, Burmese, Ethiopic, Sinhala,
    /// Georgian, Armenian, Tibetan, Gujarati, Gurmukhi, Telugu, Kannada, Malayalam, Odia, Assamese, Thaana, Inuktitut,
    /// Cherokee).
    /// </summary>
    private static readonly HashSet<string> NonLatinUnlisted = new(
        UnlistedScripts.Keys.Concat(new[]
        {
            "be", "kk", "ky", "mk", "mn", "tg", "tt", "ba", "mr", "ne", "sa", "mai", "yi", "lad",
            "km", "lo", "my", "am", "ti", "si", "ka", "hy", "bo", "dz", "gu", "pa", "te", "kn", "ml", "or", "as", "dv", "iu", "chr",
        }),
        StringComparer.Ordinal);

    private static Dictionary<string, (char First, char Last)[]> ScriptsOf()
    {
        (char, char)[] han = { ('\u3400', '\u4DBF'), ('\u4E00', '\u9FFF'), ('\uF900', '\uFAFF') };
        (char, char)[] cyrillic = { ('\u0400', '\u052F'), ('\u1C80', '\u1C8F'), ('\u2DE0', '\u2DFF'), ('\uA640', '\uA69F') };
        (char, char)[] arabic = { ('\u0600', '\u06FF'), ('\u0750', '\u077F'), ('\u08A0', '\u08FF'), ('\uFB50', '\uFDFF'), ('\uFE70', '\uFEFF') };
        (char, char)[] hebrew = { ('\u0590', '\u05FF'), ('\uFB1D', '\uFB4F') };
        (char, char)[] devanagari = { ('\u0900', '\u097F'), ('\uA8E0', '\uA8FF') };
        return new Dictionary<string, (char, char)[]>(StringComparer.Ordinal)
        {
            ["ja"] = han.Concat(new[] { ('\u3040', '\u30FF'), ('\u31F0', '\u31FF'), ('\uFF65', '\uFF9F') }).ToArray(),
            ["zh"] = han,
            ["ko"] = han.Concat(new[] { ('\u1100', '\u11FF'), ('\u3130', '\u318F'), ('\uA960', '\uA97F'), ('\uAC00', '\uD7FF'), ('\uFFA0', '\uFFDC') }).ToArray(),
            ["ru"] = cyrillic, ["uk"] = cyrillic, ["bg"] = cyrillic,
            ["fa"] = arabic, ["ar"] = arabic, ["ur"] = arabic,
            ["he"] = hebrew,
            ["ta"] = new[] { ('\u0B80', '\u0BFF') },
            ["el"] = new[] { ('\u0370', '\u03FF'), ('\u1F00', '\u1FFF') },
            ["th"] = new[] { ('\u0E00', '\u0E7F') },
            ["hi"] = devanagari,
            ["bn"] = new[] { ('\u0980', '\u09FF') },
        };
    }

    /// <summary>
    /// Whether a name has letters, none of them of the script its page's language (not written in Latin letters) is written
    /// in: it is not in that language (held-out review 99: Persian's "ادامه مطلب" on a Japanese page, Russian's "Подробнее" on
    /// a Chinese one), so it is read against every language's list, as a name in another script on a Latin-script page is.
    /// (A name in ASCII letters there is read as English only, above; one with other Latin letters, "Leer más", against
    /// every list.)
    /// </summary>
    private static bool HasNoLetterOf(string language, string text)
    {
        if (!Scripts.TryGetValue(language, out var ranges) && !UnlistedScripts.TryGetValue(language, out ranges))
        {
            return true; // (a language with no list whose script is not known here, Icelandic's, Georgian's: every other)
        }

        var letters = false;
        foreach (var c in text)
        {
            if (!char.IsLetter(c))
            {
                continue; // (a surrogate too: an emoji, or a rare ideograph, says nothing either way)
            }

            if (IsIn(ranges, c))
            {
                return false;
            }

            letters = true;
        }

        return letters;
    }

    /// <summary>Whether a text has a letter of the script a language with a list is written in (Japanese: kana and kanji).</summary>
    internal static bool HasLetterOf(string language, string text)
    {
        var ranges = Scripts[language];
        foreach (var c in text)
        {
            if (IsIn(ranges, c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsIn((char First, char Last)[] ranges, char c)
    {
        foreach (var (first, last) in ranges)
        {
            if (c >= first && c <= last)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAscii(string text)
    {
        foreach (var c in text)
        {
            if (c > '\u007F')
            {
                return false;
            }
        }

        return true;
    }

    private static PhraseCatalog Load()
    {
        var catalog = new PhraseCatalog();
        using var stream = typeof(PhraseCatalog).Assembly.GetManifestResourceStream("LinkHygiene.Rules.Data.GenericPhrases.txt")
            ?? throw new InvalidOperationException("GenericPhrases.txt is not embedded");
        using var reader = new StreamReader(stream);
        string[]? languages = null;
        var strict = false;
        var declaredOnly = false; // a word of another language too (Danish "her"): only where the page says it is in this one
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            line = line.Trim();
            if (line.Length == 0 || line.StartsWith("#", StringComparison.Ordinal))
            {
                continue;
            }

            if (line.StartsWith("lang:", StringComparison.Ordinal))
            {
                // one list under every tag the line names (Norwegian's nb, no and nn)
                languages = line.Substring(5).Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
                var defaults = new HashSet<string>(StringComparer.Ordinal);
                var stricts = new HashSet<string>(StringComparer.Ordinal);
                foreach (var tag in languages)
                {
                    catalog._default[tag] = defaults;
                    catalog._strict[tag] = stricts;
                }

                strict = false;
                declaredOnly = false;
                continue;
            }

            if (line is "default:" or "strict:" or "declared:")
            {
                strict = line == "strict:";
                declaredOnly = line == "declared:";
                continue;
            }

            if (languages is null)
            {
                continue;
            }

            var phrase = AnchorText.ForPhrases(AnchorText.Normalize(line));
            if (phrase.Length == 0)
            {
                continue;
            }

            (strict ? catalog._strict : catalog._default)[languages[0]].Add(phrase);
            if (!declaredOnly)
            {
                (strict ? catalog._allStrict : catalog._allDefault).Add(phrase);
            }
        }

        return catalog;
    }
}

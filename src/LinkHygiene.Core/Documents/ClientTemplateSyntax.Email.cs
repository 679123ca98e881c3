using System;
using System.Collections.Generic;

namespace LinkHygiene.Documents;

/// <summary>The conditional blocks of e-mail services' templates, which pick one branch when a message is sent.</summary>
internal static partial class ClientTemplateSyntax
{
    /// <summary>
    /// Mailchimp's conditional merge tags (<c>*|IF:LANG=fr|*</c>, <c>*|IFNOT:X|*</c>, <c>*|ELSEIF:X|*</c>,
    /// <c>*|ELSE:|*</c>, <c>*|END:IF|*</c>) and AMPscript's (Salesforce Marketing Cloud) blocks holding one control
    /// statement (<c>%%[ IF @lang == "nl" THEN ]%%</c>, <c>%%[ ELSEIF ... THEN ]%%</c>, <c>%%[ ELSE ]%%</c>,
    /// <c>%%[ ENDIF ]%%</c>), read into <paramref name="chains"/>: markup in two branches of one chain is never in the
    /// same message. Anything else these syntaxes may branch or repeat with (an AMPscript block with more statements
    /// around its IF, a FOR loop, Mailchimp's RSS and feed blocks) stops the reading of that syntax for the rest of the
    /// file, with the chains still open left unread: a branch misread would be compared with nothing it may render beside.
    /// </summary>
    private static void ReadEmailBranches(string text, BranchChains? chains)
    {
        if (chains is null)
        {
            return;
        }

        ReadMailchimpBranches(text, chains);
        ReadAmpscriptBranches(text, chains);
    }

    private const int MaxMergeTag = 256;

    private static void ReadMailchimpBranches(string text, BranchChains chains)
    {
        for (var i = text.IndexOf("*|", StringComparison.Ordinal); i >= 0; i = text.IndexOf("*|", i, StringComparison.Ordinal))
        {
            // A merge tag is a short name with its argument (a condition may compare: *|IF:AGE > 18|*), on one line;
            // "*|" elsewhere (a CSS namespace selector, "*|*") is no tag's start, and the search for its end is bounded so that such text is read once.
            var close = text.IndexOf("|*", i + 2, Math.Min(MaxMergeTag, text.Length - i - 2), StringComparison.Ordinal);
            var tag = close < 0 ? default : text.AsSpan(i + 2, close - i - 2);
            if (close < 0 || tag.IsEmpty || tag.IndexOfAny("\r\n*|") >= 0)
            {
                i += 2;
                continue;
            }

            var colon = tag.IndexOf(':');
            var name = colon < 0 ? tag : tag.Slice(0, colon);
            var argument = colon < 0 ? default : tag.Slice(colon + 1);
            var end = close + 2;
            if (name.Equals("IF", StringComparison.Ordinal) || name.Equals("IFNOT", StringComparison.Ordinal))
            {
                chains.Open("*|END:IF|*", end);
            }
            else if (name.Equals("ELSEIF", StringComparison.Ordinal) || name.Equals("ELSE", StringComparison.Ordinal))
            {
                chains.Split(i, end);
            }
            else if (name.Equals("END", StringComparison.Ordinal) && argument.Equals("IF", StringComparison.Ordinal))
            {
                chains.Close("*|END:IF|*", i);
            }
            else if (name.Equals("INTERESTED", StringComparison.Ordinal) || name.Equals("RSSITEMS", StringComparison.Ordinal)
                || name.Equals("FEEDITEMS", StringComparison.Ordinal) || name.Equals("FEEDBLOCK", StringComparison.Ordinal)
                || name.Equals("RSSBLOCK", StringComparison.Ordinal) || name.Equals("END", StringComparison.Ordinal))
            {
                // Interest groups take *|ELSE:|* too, and the feed blocks repeat: neither is read.
                return;
            }

            i = end;
        }
    }

    private static void ReadAmpscriptBranches(string text, BranchChains chains)
    {
        var keywords = new List<string>(4);
        for (var i = text.IndexOf("%%[", StringComparison.Ordinal); i >= 0; i = text.IndexOf("%%[", i, StringComparison.Ordinal))
        {
            var close = text.IndexOf("]%%", i + 3, StringComparison.Ordinal);
            if (close < 0)
            {
                return;
            }

            var end = close + 3;
            var alone = AmpscriptKeywords(text, i + 3, close, keywords);
            switch (keywords.Count)
            {
                case 0:
                    break;
                case 2 when alone && keywords[0] == "IF" && keywords[1] == "THEN":
                    chains.Open("%%[ENDIF]%%", end);
                    break;
                case 2 when alone && keywords[0] == "ELSEIF" && keywords[1] == "THEN":
                case 1 when alone && keywords[0] == "ELSE":
                    chains.Split(i, end);
                    break;
                case 1 when alone && keywords[0] == "ENDIF":
                    chains.Close("%%[ENDIF]%%", i);
                    break;
                default:
                    // Statements around an IF, several IFs in one block, a FOR ... NEXT loop: not read.
                    return;
            }

            i = end;
        }
    }

    private static readonly string[] AmpscriptControlWords = { "IF", "ELSEIF", "ELSE", "ENDIF", "THEN", "FOR", "NEXT", "TO", "DOWNTO", "DO" };

    /// <summary>
    /// The control words (IF, ELSEIF, ELSE, ENDIF, THEN, and a loop's) of an AMPscript block between
    /// <paramref name="start"/> and <paramref name="end"/>, outside its strings and comments, in upper case, into
    /// <paramref name="keywords"/>; whether the block is one statement: its first word is the first of them and its
    /// last word the last (<c>IF @a == 'x' THEN</c>, but not <c>SET @b = 1 IF @a THEN</c>).
    /// </summary>
    private static bool AmpscriptKeywords(string text, int start, int end, List<string> keywords)
    {
        keywords.Clear();
        var firstIsKeyword = false;
        var lastIsKeyword = false;
        var anyRead = false;
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (c == '/' && i + 1 < end && text[i + 1] == '*')
            {
                var closeComment = text.IndexOf("*/", i + 2, end - i - 2, StringComparison.Ordinal);
                i = closeComment < 0 ? end : closeComment + 2;
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var isKeyword = false;
            if (c is '"' or '\'')
            {
                var closeQuote = text.IndexOf(c, i + 1, end - i - 1);
                i = closeQuote < 0 ? end : closeQuote + 1;
            }
            else if (char.IsLetter(c) || c is '_' or '@')
            {
                var wordStart = i;
                while (i < end && (char.IsLetterOrDigit(text[i]) || text[i] is '_' or '@'))
                {
                    i++;
                }

                var word = text.AsSpan(wordStart, i - wordStart);
                foreach (var keyword in AmpscriptControlWords)
                {
                    if (word.Equals(keyword.AsSpan(), StringComparison.OrdinalIgnoreCase))
                    {
                        keywords.Add(keyword);
                        isKeyword = true;
                        break;
                    }
                }
            }
            else
            {
                i++;
            }

            firstIsKeyword = anyRead ? firstIsKeyword : isKeyword;
            lastIsKeyword = isKeyword;
            anyRead = true;
        }

        return firstIsKeyword && lastIsKeyword;
    }
}

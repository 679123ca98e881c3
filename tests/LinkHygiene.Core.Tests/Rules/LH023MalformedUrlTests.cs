using LinkHygiene.Tests.Infrastructure;
using System.Linq;

namespace LinkHygiene.Tests.Rules;

public class LH023MalformedUrlTests
{
    private static readonly string[] Only = { "LH023" };

    [Theory]
    [InlineData("https;//example.org/", "'https;' should be 'https:'")]
    // a full-width colon, and a full-width space, as a Chinese or Japanese input method types them (held-out review 45)
    [InlineData("https\uFF1A//gitee.com/yubaolee", "'https\uFF1A' should be 'https:'")]
    [InlineData("https://x.example/a\u3000b", "it contains the white space character U+3000; remove it (or encode a space the URL means as %20)")]
    [InlineData("http//example.org/", "the ':' after 'http' is missing: write http://")]
    [InlineData("http:/example.org/", "'http:/' has one slash; write http://")]
    [InlineData("https:example.org", "'https:' is not followed by '//'; write https://")]
    // the nearer scheme: htps is one letter from https and two from http
    [InlineData("htps://example.org", "'htps' is not a scheme; did you mean 'https'?")]
    [InlineData("htp://example.org", "'htp' is not a scheme; did you mean 'http'?")]
    [InlineData("htpp://example.org", "'htpp' is not a scheme; did you mean 'http'?")]
    [InlineData("httpss://example.org", "'httpss' is not a scheme; did you mean 'https'?")]
    [InlineData("htttps://example.org", "'htttps' is not a scheme; did you mean 'https'?")]
    [InlineData("www.example.org/docs", "it has no scheme, so it is a relative path on this site; write https://www.example.org")]
    // a host with a generic top-level domain (held-out: SendGrid's templates, href="facebook.com" in their footers)
    [InlineData("facebook.com", "it has no scheme, so it is a relative path on this site; write https://facebook.com")]
    [InlineData("GitHub.com/acme/widgets?tab=readme", "it has no scheme, so it is a relative path on this site; write https://GitHub.com")]
    [InlineData("docs.example.org#install", "it has no scheme, so it is a relative path on this site; write https://docs.example.org")]
    // an e-mail address without mailto: (held-out review 80: a Razor e-mail view's support@@readup.com)
    [InlineData("support@readup.com", "it has no scheme, so it is a relative path on this site; write mailto:support@readup.com")]
    [InlineData("info@company.com?subject=Order%20question", "it has no scheme, so it is a relative path on this site; write mailto:info@company.com?subject=Order%20question")]
    [InlineData("info@company.md", "it has no scheme, so it is a relative path on this site; write mailto:info@company.md")]
    [InlineData("https://example.org/my page.html", "it contains white space; encode spaces as %20")]
    // a line break inside (held-out review 78): browsers remove it, so %20 is no advice
    [InlineData("pam\n.html", "it contains a line break or tab, which browsers remove from a URL; remove it")]
    // ... in any scheme's URL, since the href the other rules read is the browser's, without it
    [InlineData("mailto:info@club\n.example.org", "it contains a line break or tab, which browsers remove from a URL; remove it")]
    [InlineData("tel:+1\n555 0100", "it contains a line break or tab, which browsers remove from a URL; remove it")]
    [InlineData("https:\\\\example.org\\docs", "it uses backslashes; URLs use forward slashes")]
    [InlineData("/search?q=100%", "'%' is not a valid percent escape (% must be followed by two hex digits; write %25 for a literal %)")]
    [InlineData("/a%zzb", "'%zz' is not a valid percent escape (% must be followed by two hex digits; write %25 for a literal %)")]
    // a bad escape beside real ones is no merge tag: two characters between the percents are an escape, %E2%
    [InlineData("/caf%C3%A9%E2%8", "'%8' is not a valid percent escape (% must be followed by two hex digits; write %25 for a literal %)")]
    // escapes followed by letters and another escape are no merge tag (code review: "%A9s%" of caf%C3%A9s%zz hid it)
    [InlineData("/docs/caf%E2%80%9CAB1%zz", "'%zz' is not a valid percent escape (% must be followed by two hex digits; write %25 for a literal %)")]
    [InlineData("/docs/caf%C3%A9s%zz", "'%zz' is not a valid percent escape (% must be followed by two hex digits; write %25 for a literal %)")]
    // "$" in a query is no template's (OData's $filter), and what follows a placeholder is still read
    [InlineData("https://x.example/odata/Products?$filter=Price gt 5", "it contains white space; encode spaces as %20")]
    [InlineData("https://x.example/u/%s/my page", "it contains white space; encode spaces as %20")]
    [InlineData("/sale/50%done", "'%do' is not a valid percent escape (% must be followed by two hex digits; write %25 for a literal %)")]
    [InlineData("mailto: someone@example.org", "it has white space after 'mailto:'; remove it")]
    [InlineData("https://curl.se/>", "it contains '>', which no URL holds as written (a stray character of the markup?); remove it, or write %3E")]
    [InlineData("/search?q=a<b", "it contains '<', which no URL holds as written (a stray character of the markup?); remove it, or write %3C")]
    [InlineData("mailto:", "the mailto: link has no address")]
    [InlineData("mailto:?", "the mailto: link has no address")]
    [InlineData("mailto:sales", "'sales' is not an e-mail address")]
    [InlineData("mailto:a@b.example,oops", "'oops' is not an e-mail address")]
    // a scheme written twice, a name's angle brackets (held-out review 107: the .NET Foundation's team page)
    [InlineData("tel://1234567920", "a tel: URL has no '//'; write tel:1234567920")]
    // a scheme written twice, three slashes (held-out review 110)
    [InlineData("http://http://www.example.org/post", "it repeats the scheme; remove one")]
    [InlineData("https://HTTPS://example.org/", "it repeats the scheme; remove one")]
    [InlineData("http:///example.org", "'http:///' has three slashes; write http://")]
    // no host at all, what a site builder's link field leaves when it is cleared (held-out review 144)
    [InlineData("https://", "it has no host after 'https://'; write the address it goes to")]
    [InlineData("http:///", "it has no host after 'http://'; write the address it goes to")]
    [InlineData("https://?utm_source=site", "it has no host after 'https://'; write the address it goes to")]
    [InlineData("http://https//example.org", "it repeats the scheme; remove one")]
    [InlineData("mailto:%6D%61ilto:a@example.org", "it repeats 'mailto:'; remove one")]
    [InlineData("tel:tel:+15550100", "it repeats 'tel:'; remove one")]
    // a mail's body written as markup (second code review)
    [InlineData("mailto:?subject=Hello&body=Hi,<br>see%20this", "it contains '<', which no URL holds as written; write %3C (a line break in a mail's body is %0D%0A)")]
    // a lower-case merge tag starts a value or a segment; inside a value it is a bad escape (code review)
    [InlineData("https://shop.example/save-%fun%20deals", "'%fu' is not a valid percent escape (% must be followed by two hex digits; write %25 for a literal %)")]
    [InlineData("mailto:a@example.org?subject=a>b", "it contains '>', which no URL holds as written; write %3E")]
    [InlineData("https://shop.example/?promo=50%discount%20today", "'%di' is not a valid percent escape (% must be followed by two hex digits; write %25 for a literal %)")]
    [InlineData("tel://", "'//' is not a phone number")]
    [InlineData("mailto:mailto:contact@dotnetfoundation.org", "it repeats 'mailto:'; remove one")]
    [InlineData("MAILTO:Mailto:a@example.org", "it repeats 'mailto:'; remove one")]
    [InlineData("mailto:a@example.org,mailto:b@example.org", "'mailto:b@example.org' is not an e-mail address")]
    [InlineData("mailto:a:b@example.org", "'a:b@example.org' is not an e-mail address")]
    [InlineData("mailto:<a@example.org>", "'<a@example.org>' is not an e-mail address")]
    [InlineData("mailto:a@example.org%3E", "'a@example.org>' is not an e-mail address")]
    [InlineData("mailto:a@example.org/contact", "'a@example.org/contact' is not an e-mail address")]
    [InlineData("mailto:support@a.example?subject=Bundle code sample request", "it contains white space; encode spaces as %20")]
    [InlineData("mailto:?to=a@b.example&subject=x y", "it contains white space; encode spaces as %20")]
    [InlineData("tel:", "the tel: link has no number")]
    [InlineData("tel:call-us", "'call-us' is not a phone number")]
    // mailto: and tel: mistyped, told by the address or number after them (held-out review 74: a club's contact link)
    [InlineData("maito:motoclube@gmail.com", "'maito' is not a scheme; did you mean 'mailto'?")]
    [InlineData("mialto:info@example.org", "'mialto' is not a scheme; did you mean 'mailto'?")]
    [InlineData("Mail:info@example.org", "'mail' is not a scheme; did you mean 'mailto'?")]
    [InlineData("email:info@example.org?subject=Hi", "'email' is not a scheme; did you mean 'mailto'?")]
    [InlineData("tell:+55 61 99999-0000", "'tell' is not a scheme; did you mean 'tel'?")]
    [InlineData("mailto;club@example.org", "'mailto;' should be 'mailto:'")]
    [InlineData("tel;5551234", "'tel;' should be 'tel:'")]
    // what the URL Standard's host and port parsers reject (held-out review 152: WPT's URL tests)
    [InlineData("http://user@/www.example.com", "it has no host after 'user@'; write the address it goes to")]
    [InlineData("https://:443/x", "it has no host before ':443'; write the address it goes to")]
    [InlineData("http://example.com:80a/", "its port '80a' is not a number; remove it, or write the port's digits")]
    [InlineData("http://example.com:99999/", "its port 99999 is over 65535, the highest there is")]
    [InlineData("http://2001::1/", "its host '2001::1' holds ':', as an IPv6 address does without its brackets; write [2001::1]")]
    [InlineData("http://2001::1:80/", "its host '2001::1:80' holds ':', as an IPv6 address does without its brackets; write [2001::1:80]")]
    [InlineData("http://ex|ample.com/", "its host 'ex|ample.com' holds '|', which no host holds; remove it")]
    [InlineData("http://ho%20st/", "its host 'ho%20st' holds a space; remove it")]
    // ... and so a space written as it is there is not to be encoded (held-out review 167)
    [InlineData("http://exa mple.org/a b", "its host holds white space, which no host holds; remove it")]
    [InlineData("https://user@exa\u3000mple.org", "its host holds white space, which no host holds; remove it")]
    [InlineData("https://example.org/a b", "it contains white space; encode spaces as %20")]
    // ... but in a user name it is encoded, and in a port it is no host's (code review 126)
    [InlineData("http://user name@example.org/", "it contains white space; encode spaces as %20")]
    [InlineData("https://example.org:80 80/", "its port holds white space, which no port holds; remove it")]
    [InlineData("http://[2001:db8:: 1]:80/", "its host holds white space, which no host holds; remove it")]
    [InlineData("https://example.org{{ path }} more/x", "it contains white space; encode spaces as %20")]
    [InlineData("http://{{ user }}:pa ss@example.org/", "it contains white space; encode spaces as %20")]
    [InlineData("https://a^b.example", "its host 'a^b.example' holds '^', which no host holds; remove it")]
    [InlineData("http://256.256.256.256/", "its host '256.256.256.256' is no IPv4 address (four numbers of 0 to 255)")]
    [InlineData("http://1.2.3.4.5/", "its host '1.2.3.4.5' is no IPv4 address (four numbers of 0 to 255)")]
    [InlineData("http://example.com:8080:/x", "its host 'example.com:8080:' holds ':' more than once; a port follows the host after one ':'")]
    // a page saved with a link to its neighbour on the author's disk (held-out review 162: a FrontPage site)
    [InlineData("file:///C:/My%20Webs/cortesia/historia.htm", "it is a file: URL to a drive of the author's own computer, which no reader has; link to the page on the site")]
    [InlineData("FILE://d|/site/page.htm", "it is a file: URL to a drive of the author's own computer, which no reader has; link to the page on the site")]
    [InlineData("file://localhost/C:/My%20Webs/news.htm", "it is a file: URL to a drive of the author's own computer, which no reader has; link to the page on the site")]
    // ... and a path on a drive without file: (held-out review 167: a student's nav), with backslashes or not
    [InlineData("C:/Users/Alisson/Desktop/Commeart/home.html", "it is a path on a drive of the author's own computer (a browser reads 'C:' as a URL scheme, and goes nowhere); link to the page on the site")]
    [InlineData("d:\\site\\index.htm", "it is a path on a drive of the author's own computer (a browser reads 'd:' as a URL scheme, and goes nowhere); link to the page on the site")]
    // three slashes or more before a name, which a browser reads as a host (held-out review 167), or alone
    [InlineData("///kotelkotel.ru", "it starts with 3 slashes, after which a browser reads a host, as after '//'; write '//' before another host, or one '/' before a path of this site")]
    [InlineData("////192.168.3.108/share/a.html", "it starts with 4 slashes, after which a browser reads a host, as after '//'; write '//' before another host, or one '/' before a path of this site")]
    [InlineData("///", "it is only slashes, which a browser reads as no URL; write the address it goes to")]
    public void Malformed(string href, string problem)
    {
        var finding = Assert.Single(EngineAssert.Findings("page.html", $"<a {{|LH023:href=\"{href}\"|}}>Example link</a>", only: Only), f => f.Id == "LH023");
        Assert.Equal($"Malformed URL '{href.Replace('\n', ' ')}': {problem}", finding.Message); // (the message shows a line break as a space)
    }

    // A cross-reference DocFX did not resolve, which it writes as it is (held-out review 121), on a page DocFX wrote (its
    // docfx:rel meta); the uid without its query and fragment, decoded. Not in a generator's sources, where Statiq resolves
    // xref: when it builds (code review).
    [Fact]
    public void AnUnresolvedDocFxCrossReference()
    {
        var findings = EngineAssert.Analyze("_site/articles/intro.html", "<meta name=\"docfx:rel\" content=\"../\"><a href=\"xref:Polly.Timeout.NoSuchType\">A</a> <a href=\"xref:System.String?displayProperty=nameWithType\">B</a> <a href=\"xref:Foo.Bar%601#Foo_Bar_Baz\">C</a> <a href=\"xref:\">D</a>")
            .Findings.Where(f => f.Id == "LH023").Select(f => f.Message).ToArray();
        Assert.Equal(
            new[]
            {
                "Malformed URL 'xref:Polly.Timeout.NoSuchType': it is a DocFX cross-reference that was not resolved: no uid 'Polly.Timeout.NoSuchType' in the documentation",
                "Malformed URL 'xref:System.String?displayProperty=nameWithType': it is a DocFX cross-reference that was not resolved: no uid 'System.String' in the documentation",
                "Malformed URL 'xref:Foo.Bar%601#Foo_Bar_Baz': it is a DocFX cross-reference that was not resolved: no uid 'Foo.Bar`1' in the documentation",
                "Malformed URL 'xref:': it is an empty DocFX cross-reference, with no uid",
            },
            findings);
        Assert.DoesNotContain(EngineAssert.Analyze("input/index.html", "<a href=\"xref:about\">About</a>").Findings, f => f.Id == "LH023");
        Assert.DoesNotContain(EngineAssert.Analyze("blog/docfx.html", "<p>DocFX writes <code>docfx:rel</code> metas.</p><a href=\"xref:about\">About</a>").Findings, f => f.Id == "LH023");
    }

    [Theory]
    [InlineData("https://example.org/a%20b?q=%C3%A9#x")]
    [InlineData("/docs/getting-started")]
    // paths that hold an '@' are no e-mail address
    [InlineData("/users/@ann")]
    [InlineData("vendor/lodash@4.17.21/lodash.js")]
    [InlineData("lodash@4.17.21")]
    [InlineData("images/logo@2x.png")]
    [InlineData("logo@2x.png")]
    [InlineData("jquery@3.6.0.min.js")]
    [InlineData("pkg@1.0.0.tgz")]
    [InlineData("report@2024.docx")]
    [InlineData("mailto:a@b.example?subject=Hello%20there")]
    [InlineData("mailto:?to=a@b.example")]
    [InlineData("mailto:a@b.example,c@d.example")]
    // RFC 6068's own example of a quoted local part with an escape (code review)
    [InlineData("mailto:%22oh%5C%5Cno%22@example.org")]
    // what RFC 5322 allows: specials in a quoted local part, an address literal, a local part's other signs, a name in
    // another script
    [InlineData("mailto:%22john.doe%22@example.org")]
    [InlineData("mailto:admin@[192.168.0.1]")]
    [InlineData("mailto:o'brien+news/x=y@example.org")]
    [InlineData("mailto:info@b%C3%BCcher.example")]
    [InlineData("tel:+1-555-0100")]
    [InlineData("tel:+44%2020%207946%200958")]
    [InlineData("tel:+1 (555) 0100;ext=12")]
    [InlineData("ftp://files.example.org/x")]
    [InlineData("https-guide.html")]
    // file names and paths that end like a host but are not one: a country code or no top-level domain at all
    [InlineData("readme.md")]
    [InlineData("setup.py")]
    [InlineData("index.html")]
    [InlineData("docs/example.com")]
    [InlineData("../archive.org")]
    [InlineData(".com")]
    [InlineData("a..com")]
    [InlineData("http")]
    [InlineData("javascript:void(0)")]
    // client expressions: their white space and operators are code, not URL (MudBlazor-style {{ }} in a docs page)
    [InlineData("/docs/{{ item.Title.replace('.', '') }}")]
    [InlineData("/p?x={{ n % 2 }}")]
    // (a host computed at run time is no missing one)
    [InlineData("https://{{ site.host }}/x")]
    [InlineData("https://{{ host }}")]
    [InlineData("{% url 'post' post.id %}")]
    // e-mail services' substitution tags and EJS/ERB output: replaced whole when the page is made (held-out: SendGrid's
    // templates, where '%as' read as a bad percent escape)
    [InlineData("<%asm_global_unsubscribe_raw_url%>")]
    [InlineData("https://x.example/u?id=<%= user.id %>&amp;t=<%- token %>")]
    // PHP and phpBB's directives in an .html template (held-out: phpBB's prosilver, where the white space inside the
    // directive was reported)
    [InlineData("<?php echo $comment->url; ?>")]
    [InlineData("https://x.example/?u=<?= $user ?>&amp;p=<?= $page ?>")]
    [InlineData("<!-- IF U_WWW -->{U_WWW}<!-- ELSE -->{U_PROFILE}<!-- ENDIF -->")]
    // e-mail services' merge tags, filled in when the message is sent (held-out review of shop and mail templates)
    [InlineData("*|UNSUB|*")]
    [InlineData("%%view_email_url%%")]
    [InlineData("https://example.com/prefs?id=%recipient.id%&amp;u=%unsubscribe_url%")]
    [InlineData("mailto:*|EMAIL|*")]
    // ActiveCampaign's tags with digits, a lower-case tag, Mandrill's unsubscribe tag with its page (held-out review 104)
    [InlineData("%FORWARD2FRIEND%")]
    [InlineData("https://shop.example.org/account?line=%ADDRESS_LINE_2%&amp;c=%CONTACT_ID2%")]
    [InlineData("https://x.example/?e=%email%")]
    [InlineData("https://x.example/u#%email%")]
    [InlineData("mailto:a@example.org?subject=a%3Eb")]
    [InlineData("*|UNSUB:https://www.example.org/goodbye|*")]
    [InlineData("*|MC:SUBJECT|*")]
    [InlineData("mailto:[email]")]
    [InlineData("mailto:{$email}")]
    [InlineData("tel:%%phone%%")]
    [InlineData("[unsubscribe]")]
    [InlineData("{unsubscribe}")]
    [InlineData("$unsub$")]
    [InlineData("##unsub##")]
    // AMPscript's inline expressions, ActiveCampaign's %FIELD% tags and Mailjet's [[...]] (held-out review 31)
    [InlineData("%%=RedirectTo(@privacyPolicyLink)=%%")]
    [InlineData("%%=RedirectTo(CONCAT(@base, '?id=', @id))=%%")]
    [InlineData("https://example.com/unsubscribe?email=%EMAIL%&amp;n=%FIRSTNAME%&amp;c=%CAMPAIGN_ID%")]
    [InlineData("[[UNSUB_LINK_EN]]")]
    [InlineData("https://example.com/?to=[[EMAIL_TO]]")]
    // server-side templates' expressions (held-out reviews 34 and 35): Mako and JSP ${...} with calls and spaces,
    // Smarty and RainTPL {$...} with methods, keys and modifiers, Go's $$ delimiters, Template Toolkit, Python's %s and
    // %(name)s in a translated string, web.py Templetor's $name, $(expr) and $:expr
    [InlineData("${dockletStr(type, 'firefox')}")]
    [InlineData("https://ex.example/share?u=${f(a, b)}")]
    [InlineData("{$value->getLink()}")]
    [InlineData("{$item['url']}")]
    [InlineData("{$url|escape:'html'}")]
    // AngularJS with Horizon's delimiters, {$ expr $} (held-out review 160)
    [InlineData("{$ crumb.url $}")]
    [InlineData("detail/{$ item.id $}/")]
    [InlineData("$$.URL$$")]
    [InlineData("[% url %]")]
    [InlineData("%(username)s/books/currently-reading")]
    [InlineData("https://github.com/internetarchive/openlibrary/commit/%s")]
    [InlineData("$homepath()/account")]
    [InlineData("$(link['href'])")]
    [InlineData("$:page.url")]
    // markup that is the URL's content, or a server's tag
    [InlineData("data:text/html,<p>Hi</p>")]
    [InlineData("https://x.example/<%= path %>")]
    // RFC 6068: the address is optional, a share link lets the reader choose it (held-out review of shop and mail templates)
    [InlineData("mailto:?subject=Check%20out%20this%20deal&amp;body=https%3A%2F%2Fshop.example%2Fp%2F1")]
    // the machine's own mail (held-out review 136: manuals' mailto:root@localhost)
    [InlineData("mailto:root@localhost")]
    // documentation read from its own disk may mean a file there (man2html's file:///usr/include/tcl.h; held-out review 145)
    [InlineData("file:///usr/include/tcl.h")]
    // a server's own element fills the value in (held-out review 138: Roundcube's skins, HTML::Template, JSP)
    [InlineData("<roundcube:var name='config:support_url' />")]
    [InlineData("<TMPL_VAR URL>")]
    [InlineData("<c:url value='/cart'/>")]
    // schemes near mailto: and tel: that are not followed by an address or a number, and Skype's callto:
    [InlineData("mailx:inbox")]
    [InlineData("teal:blue")]
    [InlineData("ted:2024-01-01")]
    [InlineData("wel:123")]
    [InlineData("callto:+4930123456")]
    // hosts and ports the URL Standard accepts, and ones computed at run time
    [InlineData("http://user:pass@example.com:8080/p?q#f")]
    [InlineData("http://[2001:db8::1]:8080/")]
    [InlineData("http://192.168.1.1:65535/")]
    [InlineData("http://f:00000000000000000000080/c")]
    // (an octal part, and placeholders left for substitution: code review 118)
    [InlineData("http://0127.0.0.1/")]
    [InlineData("https://localhost:$PORT/")]
    [InlineData("http://localhost:__PORT__/")]
    [InlineData("https://example.com:/x")]
    [InlineData("https://xn--bcher-kva.example/")]
    [InlineData("https://bücher.example/")]
    [InlineData("http://{{ host }}:{{ port }}/")]
    [InlineData("http://localhost:@Model.Port/")]
    [InlineData("https://example.com?x=a:b@c")]
    // a scheme of two letters is no drive, "//" starts another host, and "//" inside a path is a path's
    [InlineData("cd:/x")]
    [InlineData("//cdn.example.org/lib.js")]
    [InlineData("/docs//guide.html")]
    public void WellFormed(string href) => EngineAssert.Findings("page.html", $"<a href=\"{href}\">Example link</a>", only: Only);

    // Template code with a quote inside it ends the attribute at that quote: the value is "{{ " or "{{< docsref ", and the
    // rest of the code becomes attributes. What is left of the value is code, not URL (held-out Jekyll and Hugo themes).
    [Theory]
    [InlineData("<a href=\"{{ \"/feed.xml\" | relative_url }}\">Subscribe</a>")]
    [InlineData("<a href=\"{{ trim .url \" \" }}\" rel=\"me\">GitHub</a>")]
    [InlineData("<a href=\"{{< docsref \"/getting-started/introduction\" >}}\">Get started</a>")]
    [InlineData("<a href=\"{{- \"tags/\" | absURL -}}\">Tags</a>")]
    [InlineData("<a href=\"{% link \"_posts/2016-07-26-name-of-post.md\" %}\">Post</a>")]
    [InlineData("<a href=\"<?php echo $links[\"home page\"]; ?>\">Home</a>")]
    [InlineData("<a href=\"/tags/{{ \"a b\" | slugify }}\">Tag</a>")]
    // template code that runs over lines keeps its line breaks when masked: they are the code's, not the URL's
    [InlineData("<a href=\"{{ .Permalink\n}}#top\">Top</a> <a href=\"{% url 'blog:post'\r\n    post.slug %}\">Post</a>")]
    // ... and so does a ${ } expression (held-out review 140: Trac's theme.html)
    [InlineData("<a id=\"logo\" href=\"${chrome.logo.link or\n    href.wiki('TracIni') + '#header_logo-section'}\">Logo</a>")]
    public void TemplateCodeCutByAQuote(string markup) => EngineAssert.Findings("_includes/nav.html", markup);

    [Theory]
    // What the template writes before the code is still read: an external link that opens a new tab.
    [InlineData("<a href=\"https://github.com/{{ site.author.github | append: \"/\" }}\" {|LH020:target=\"_blank\"|}>GitHub</a>")]
    // "{%" before a digit is a percent escape after a brace, not template code.
    [InlineData("<a {|LH023:href=\"/search?q={%2 x\"|}>Search</a>")]
    public void LiteralStartOfACutValue(string markup) => EngineAssert.Findings("_includes/nav.html", markup);

    // "{{-", "{%-", "-}}" and "-%}" take out the white space beside the tag (Jinja, Liquid, Go and Hugo): none is written
    // (held-out review: Hugo's and Pelican's feed and permalink links). Without the marker it is.
    [Theory]
    [InlineData("<a href=\"{{ .RelPermalink }}\n   {{- with .Params.anchor }}#{{ . }}{{ end }}\">Post</a>")]
    [InlineData("<a href=\"{{ FEED_DOMAIN }}/    {%- if FEED_ALL_ATOM_URL %}{{ FEED_ALL_ATOM_URL }}{% else %}{{ FEED_ALL_ATOM }}{% endif %}\">Feed</a>")]
    [InlineData("<a href=\"{{ site.url }}  {%- if x -%}  /a  {%- endif -%}\">A</a>")]
    [InlineData("<a href=\"/tags/{{ tag -}}\n  /\">Tag</a>")]
    [InlineData("<a {|LH023:href=\"{{ .RelPermalink }}\n   {{ with .Params.anchor }}#{{ . }}{{ end }}\"|}>Post</a>")]
    [InlineData("<a {|LH023:href=\"{{ site.url }}  {% if x %}/a{% endif %}\"|}>A</a>")]
    [InlineData("<a {|LH023:href=\"/p {{-3}}\"|}>Minus three</a>")] // Go's number -3, no trim marker
    public void WhiteSpaceTakenOutByATrimMarker(string markup) => EngineAssert.Findings("layouts/partials/post.html", markup, only: Only);

    [Theory]
    [InlineData("<a href=\"mailto:@Model.Email\">Mail</a>")]
    [InlineData("<a {|LH023:href=\"maito:@Model.Email\"|}>Mail</a><a href=\"mail/@Model.Suffix\">Mail</a>")]
    // ... but Razor writes "mail@Model.Suffix" as it is, an e-mail address (an '@' after a letter is no code): an address
    // without mailto: (held-out review 80)
    [InlineData("<a {|LH023:href=\"mail@Model.Suffix\"|}>Mail</a>")]
    // a mailto: URL's literal parts are checked around its run-time ones (held-out review 60: shops' "e-mail a friend")
    [InlineData("<a {|LH023:href=\"mailto:?subject=Look at this product&body=@Model.Url\"|}>Mail</a>")]
    // a scheme written twice or a tel: URL's '//' is seen in the literal start of a value Razor completes (code review)
    [InlineData("<a {|LH023:href=\"mailto:mailto:@Model.Email\"|}>Mail</a> <a {|LH023:href=\"tel://@Model.Phone\"|}>Call</a> <a href=\"tel:@Model.Phone\">Call</a> <a {|LH023:href=\"tel:tel:@Model.Phone\"|}>Call</a>")]
    [InlineData("<a {|LH023:href=\"mailto:@Model.VendorEmail?subject=Question about your order\"|}>Mail</a>")]
    [InlineData("<a {|LH023:href=\"mailto: @Model.VendorEmail\"|}>Mail</a>")]
    [InlineData("<a href=\"mailto:@Model.Email?subject=@Model.Subject&body=Hello%20@Model.Name\">Mail</a>")]
    [InlineData("<a href=\"/files/@Model.Name\">File</a>")]
    [InlineData("<a href=\"/search?q=@(Model.Query)%20x\">Search</a>")]
    [InlineData("<a {|LH023:href=\"/my page/@Model.Id\"|}>File</a>")]
    [InlineData("<a {|LH023:href=\"/my page/{{ id }}\"|}>File</a>")]
    // a host without a scheme is known by its first segment: whole in the literal start, or not at all
    [InlineData("<a {|LH023:href=\"facebook.com/@Model.Page\"|}>Facebook</a> <a href=\"shop.com@(Model.Suffix)\">Shop</a>")]
    [InlineData("<a href=\"@(Url.Action(\"Index\",\n    \"Home\"))\">Home</a>")]
    // a C# string's literal parts are what the template writes (held-out probe), after an interpolation's hole too
    // (held-out review 103: its query is read the same way)
    [InlineData("<a {|LH023:href=\"@(\"https://x.example/a b\")\"|}>S</a><a {|LH023:href=\"@(\"https;//x.example/\" + p)\"|}>T</a><a {|LH023:href=\"@($\"https://x.example/{p} b\")\"|}>U</a>")]
    // Razor's "@@" is one '@' (held-out review 80)
    [InlineData("<a {|LH023:href=\"support@@readup.com\"|}>support@@readup.com</a>")]
    public void Razor(string markup) => EngineAssert.Findings("Pages/Index.cshtml", markup, only: Only);

    [Fact]
    public void AQuoteNotClosedIsNamedByTheMarkupItTakesIn()
    {
        // Held-out review 108: a student's <a href="/Student>Students</a>, whose href ran to the next link's quote and
        // was said to hold white space
        var findings = EngineAssert.Findings("Pages/Index.cshtml", "<a {|LH023:href=\"/Student>Broken quote</a> <p>text</p> <a href=\"|}/Courses\">Courses</a>", only: Only);
        var finding = Assert.Single(findings, f => f.Id == "LH023");
        Assert.EndsWith("it holds markup ('</a>'): the quote that should end the URL is missing; close it", finding.Message, System.StringComparison.Ordinal);

        // ... a tag in a value that does not run to the next attribute is a '<' of its own (code review: a mailto: body's
        // <br>, a placeholder)
        Assert.EndsWith("it contains '<', which no URL holds as written (a stray character of the markup?); remove it, or write %3C", Assert.Single(EngineAssert.Analyze("page.html", "<a href=\"https://example.org/<your-url-here>\">A</a>").Findings, f => f.Id == "LH023").Message, System.StringComparison.Ordinal);
        Assert.DoesNotContain(EngineAssert.Analyze("page.html", "<a href=\"mailto:?subject=Hello&amp;body=Hi,<br>see%20this\">Share</a>").Findings, f => f.Message.Contains("quote", System.StringComparison.Ordinal));

        // ... whatever the next attribute's name (second code review: Angular's *ngIf, [routerLink])
        Assert.EndsWith("it holds markup ('</a>'): the quote that should end the URL is missing; close it", Assert.Single(EngineAssert.Analyze("src/app/nav.component.html", "<a href=\"/students>Students</a>\n<a *ngIf=\"isAdmin\" [routerLink]=\"['/admin']\">Admin</a>").Findings, f => f.Id == "LH023").Message, System.StringComparison.Ordinal);

        // ... not a data: URL's or a script's markup, nor what no tag is
        EngineAssert.Findings("page.html", "<a href=\"data:text/html,<p>Hi</p>\">Hi</a> <a href=\"javascript:if(a<b)go()\">Go</a>", only: Only);
        Assert.EndsWith("it contains '<', which no URL holds as written (a stray character of the markup?); remove it, or write %3C", Assert.Single(EngineAssert.Analyze("page.html", "<a href=\"/a?x=1<2>3\">A</a>").Findings, f => f.Id == "LH023").Message, System.StringComparison.Ordinal);
    }
}

using LinkHygiene.Tests.Infrastructure;

namespace LinkHygiene.Tests.Rules;

public class LH004RawHtmlInUgcTests
{
    private static readonly string[] Only = { "LH004" };

    [Theory]
    [InlineData("<div class=\"comment\"><p>{|LH004:@Html.Raw(c.Body)|}</p></div>")]
    [InlineData("<div class=\"comment\">{|LH004:@(Html.Raw(c.Body))|}</div>")]
    [InlineData("<section class=\"comments\">@foreach (var c in Model) { <article>{|LH004:@Html.Raw(c.Html)|}</article> }</section>")]
    [InlineData("<div data-link-zone=\"ugc\">{|LH004:@(new HtmlString(c.Body))|}</div>")]
    // MVC 5's (held-out review 88: SmartStoreNET and FunnelWeb write comment bodies so)
    [InlineData("<div class=\"comment\">{|LH004:@MvcHtmlString.Create(Model.BodyHtml)|} {|LH004:@(new MvcHtmlString(c.Body))|}</div>")]
    // raw HTML in a branch of a conditional (held-out: BlogEngine's CommentView), not as an argument of another call
    [InlineData("<div class=\"comment\"><p>{|LH004:@(Model.AdminLinks.Length > 2 ? Html.Raw(Model.AdminLinks.Substring(2)) : Html.Raw(Model.AdminLinks))|}</p></div>")]
    [InlineData("<div class=\"comment\">{|LH004:@(c.Html ?? (MarkupString)c.Fallback)|}</div>")]
    [InlineData("<div class=\"comment\">@Helpers.Trim(Html.Raw(c.Body))</div>")]
    [InlineData("<div class=\"comments\">@Format(c ? Html.Raw(a) : b) @Show(body: Html.Raw(x)) @(Html.Encode(c ? \"a:b\" : \"(\"))</div>")]
    [InlineData("<div class=\"comments\">{|LH004:@(c.IsHtml ? ( Html.Raw(c.Body) ) : c.Text)|} {|LH004:@(a ?? new HtmlString(b))|} {|LH004:@((c ? Html.Raw(a) : b))|} {|LH004:@((a) ? Html.Raw(x) : (y))|}</div>")]
    [InlineData("<p>@Html.Raw(Model.Intro)</p><div class=\"comment\">@c.Body</div>")]
    [InlineData("<div class=\"comment\"><div data-link-zone=\"none\">@Html.Raw(Model.Footer)</div></div>")]
    [InlineData("<div class=\"comment\" data-linkhygiene-ignore=\"LH004\">@Html.Raw(c.Body)</div>")]
    // zones the markup only suggests count for raw HTML (dasblog-style comment lists, review widgets)
    [InlineData("<ol class=\"post-comments\"><li>{|LH004:@Html.Raw(c.Body)|}</li></ol>")]
    [InlineData("<div itemprop=\"reviewBody\">{|LH004:@Html.Raw(r.Text)|}</div>")]
    [InlineData("<div class=\"note-editor-preview\">@Html.Raw(Model.Preview)</div>")]
    // a value that holds no markup (held-out review 93: a forum's post number and dates); a sum of members may join
    // strings, and a bare ToString() may be an HTML content's
    [InlineData("<div class=\"comment\">#@Html.Raw(Model.PageIndex * Model.PageSize + c.Index + 1) @Html.Raw(c.Posted.ToString(\"u\")) @Html.Raw(c.Total.ToString(\"N0\", culture)) @Html.Raw(c.Day.ToString(\"yyyy-MM-dd HH:mm\")) @Html.Raw(c.Replies.Count)</div>")]
    [InlineData("<div class=\"comment\">@Html.Raw(c.At.ToString(\"yyyy-MM-ddTHH:mm\")) @Html.Raw(c.At.ToString(\"MMM d, yyyy 'at' h:mm tt\")) @Html.Raw(c.Share.ToString(\"0.0%\")) @Html.Raw(Model.Posts[i].Replies.Count) {|LH004:@Html.Raw(c.Id - 1 +\n GetHtml(c))|}</div>")]
    [InlineData("<div class=\"comment\">{|LH004:@Html.Raw(c.Title + c.Suffix)|} {|LH004:@Html.Raw(c.Body.ToString())|} {|LH004:@Html.Raw(c.Name.ToString(\"<b>{0}</b>\"))|} {|LH004:@Html.Raw(c.Html + 1)|}</div>")]
    // (code review) a call's result may be markup, whatever its arguments compute; "html" is no format string
    [InlineData("<div class=\"comment\">{|LH004:@Html.Raw(c.Body.Remove(c.Body.Length - 1))|} {|LH004:@Html.Raw(Model.Comments.ElementAt(i - 1).Html)|} {|LH004:@Html.Raw(GetHtml(c.Id - 1))|} {|LH004:@Html.Raw(c.Body.ToString(\"html\"))|}</div>")]
    // a form ends a suggested zone (nopCommerce's review page: the captcha is the site's); in one a selector gives or one
    // declared, raw HTML is still the users' (a comment's preview, a moderation form around the comments)
    [InlineData("<div class=\"page product-reviews-page\"><fieldset class=\"write-review\"><div class=\"captcha-box\">@Html.Raw(Html.GenerateCaptcha())</div></fieldset><div class=\"review-text\">{|LH004:@Html.Raw(r.Text)|}</div></div>")]
    [InlineData("<ol class=\"post-comments\"><li><form method=\"post\"><p>@Html.Raw(Html.GenerateHoneypotInput())</p></form></li></ol>")]
    [InlineData("<div class=\"comments\"><form><textarea></textarea>{|LH004:@Html.Raw(c.Preview)|}</form></div> <div class=\"comments\"><form method=\"post\"><input type=\"checkbox\">{|LH004:@Html.Raw(c.Text)|}</form></div>")]
    [InlineData("<div data-link-zone=\"ugc\"><form>{|LH004:@Html.Raw(c.Preview)|}</form></div> <div class=\"comments\"><form><div class=\"comment\">{|LH004:@Html.Raw(c.Text)|}</div></form></div>")]
    // Write(x); in a code block renders x as @x does (BTCPay's PosData.cshtml; held-out review 156); WriteLiteral writes
    // the template's own markup, another writer's Write writes elsewhere, and an encoded value carries no links
    [InlineData("<div class=\"comment\">@{ {|LH004:Write(Html.Raw(c.BodyHtml))|}; }</div>")]
    [InlineData("<section class=\"comments\">@foreach (var c in Model.Comments) { <article class=\"comment-body\">@{ var x = 1; {|LH004:Write(Html.Raw(c.Body))|}; }</article> }</section>")]
    [InlineData("<div class=\"comment\">@{ Write(c.Text); WriteLiteral(\"<b>\"); writer.Write(Html.Raw(c.Body)); Log(Write(Html.Raw(c.Body))); }</div>")]
    [InlineData("<p>@{ Write(Html.Raw(Model.Intro)); }</p>")]
    // A local declared with raw HTML and rendered by name (Orchard 1.x's comment list; held-out review 156)
    [InlineData("<article class=\"comment-body\">@{ var paragraphed = new HtmlString(c.BodyHtml.Replace(\"\\r\\n\", \"</p><p>\")); }<p>{|LH004:@paragraphed|}</p></article>")]
    [InlineData("@{ IHtmlContent body = Html.Raw(Model.Body); MarkupString m = (MarkupString)Model.Html; }<div class=\"comment\">{|LH004:@body|} {|LH004:@(m)|} @body.Length</div>")]
    [InlineData("@{ var text = c.Body; var intro = Html.Raw(Model.Intro); var wrapped = Format(Html.Raw(c.Body)); }<div class=\"comment\">@text @wrapped</div><p>@intro</p>")]
    // a name declared with raw HTML in one loop and with a string in another, or "declared" in a comment (code review 120)
    [InlineData("@foreach (var p in Model.Pages) { var text = new HtmlString(p.TrustedHtml); <p>@text</p> }\n<div class=\"comments\">\n@foreach (var c in Model.Comments) { var text = c.Body; <div class=\"comment\">@text</div> }\n</div>")]
    [InlineData("@* was: var body = new HtmlString(Model.Comment.Html); *@\n@{ var body = Model.Comment.Text; }\n<div class=\"comment\">@body</div>")]
    // ... the declaration nearest before the name decides (code review 121: another loop's string hid a raw comment)
    [InlineData("@foreach (var c in Model.Comments)\n{\n    var text = Html.Raw(c.Body);\n    <div class=\"comment\">{|LH004:@text|}</div>\n}\n@foreach (var t in Model.Tags)\n{\n    string text = t.Name;\n    <div class=\"comment\">@text</div>\n}")]
    public void RazorView(string markup) => EngineAssert.Findings("Pages/Post.cshtml", markup, only: Only);

    [Theory]
    [InlineData("<div itemtype=\"https://schema.org/Review\">{|LH004:@((MarkupString)review.Html)|}</div>")]
    [InlineData("<div class=\"comment\">{|LH004:@(new MarkupString(c.Html))|}</div>")]
    [InlineData("<div class=\"comment\">@c.Text</div>")]
    // a field of @code, written after the markup that renders it, is the whole component's (code review 122)
    [InlineData("<div class=\"comment\">{|LH004:@body|}</div>\n@code {\n    private MarkupString body = new MarkupString(Comment.Html);\n}")]
    // a component has no Write of its own: one there is the component's (code review 120)
    [InlineData("<div class=\"comment\">\n@{ Write((MarkupString)c.Html); }\n</div>\n@code {\n    private void Write(MarkupString m) => _log.Add(m);\n}")]
    public void RazorComponent(string markup) => EngineAssert.Findings("Components/Review.razor", markup, only: Only);

    [Theory]
    [InlineData("<div class=\"comment\" {|LH004:v-html=\"comment.body\"|}></div>")]
    [InlineData("<div class=\"comment\"><p {|LH004:x-html=\"c.html\"|}></p></div>")]
    [InlineData("<div class=\"ugc\"><p {|LH004:ng-bind-html=\"c.html\"|}></p></div>")]
    [InlineData("<div class=\"comment\"><p v-text=\"c.text\"></p></div>")]
    // Knockout's html binding (held-out: knockout's examples); its text binding escapes
    [InlineData("<div class=\"comment\"><p {|LH004:data-bind=\"html: body, visible: shown\"|}></p><p data-bind=\"text: body\"></p><i data-bind=\"html: '<b>new</b>'\"></i></div>")]
    [InlineData("<div data-bind=\"html: intro\"></div>")]
    [InlineData("<div v-html=\"intro\"></div>")]
    // a string literal joined to a value is user content (review of the change)
    [InlineData("<div class=\"comment\"><p {|LH004:v-html=\"'<p>' + comment.body + '</p>'\"|}></p><p {|LH004:v-html=\"`<p>${comment.body}</p>`\"|}></p><i v-html=\"`<b>x</b>`\"></i></div>")]
    // a string literal piped to an icon: the site's own HTML (held-out: ngx-admin's review cards)
    [InlineData("<div class=\"comment\"><i [innerHTML]=\"'arrow-ios-forward' | eva: { width: 24 }\"></i><p {|LH004:[innerHTML]=\"c.body\"|}></p></div>")]
    // static-site templates: a tag whose value is written as HTML (held-out: beautifulhugo's staticman comments)
    [InlineData("<article class=\"static-comment\"><div class=\"comment\">{|LH004:{{ .comment | markdownify }}|}</div></article>")]
    [InlineData("<div class=\"comment\"><p>{|LH004:{{ comment.body|safe }}|}</p><p>{{ comment.author }}</p></div>")]
    [InlineData("<div class=\"comments\">{{#each comments}}<p>{|LH004:{{{ this.html }}}|}</p>{{/each}}</div>")]
    [InlineData("<div class=\"comment\">{|LH004:{{ c.text | raw }}|} {{ c.when | date: \"%Y\" }}</div>")]
    [InlineData("<div class=\"comment\">{# {{ c.html | safe }} #}</div>")]
    [InlineData("<div class=\"post\">{{ .Content | safeHTML }}</div>")]
    [InlineData("<div class=\"comment\">{|LH004:{{ safeHTML .Params.body }}|} {|LH004:{{- markdownify .comment -}}|} {{ safe }} {{ raw }}</div>")]
    // ... unless a filter after it makes it text again: strips or escapes the tags, or counts (held-out review 73: Jekyll's
    // excerpt idiom); stripped before it, it is HTML again (Staticman's comments)
    [InlineData("<div class=\"comment\"><p>{{ comment.message | markdownify | strip_html | truncatewords: 20 }}</p><p>{{ c.message | markdownify | escape }}</p><p>{{ c.comment|safe|length }}</p><p>{{ c.comment|safe|striptags }}</p><p>{{ .body | markdownify | plainify }}</p><p>{{ c.body|safe|e }}</p></div>")]
    [InlineData("<div class=\"comment\"><p>{|LH004:{{ c.message | strip_html | markdownify }}|}</p><p>{|LH004:{{ c.body | escape | markdownify }}|}</p><p>{|LH004:{{ markdownify .comment | upper }}|}</p><p>{{ markdownify .comment | plainify }}</p></div>")]
    // Django's {% autoescape off %} and Jinja's {% autoescape false %} write every value in them as HTML (held-out:
    // flaskbb's profile notes); {% autoescape on %} inside one, and the block's end, escape again
    [InlineData("<div class=\"comment\">{% autoescape off %}<p>{|LH004:{{ c.html }}|}</p>{% endautoescape %}{{ c.author }}</div>")]
    [InlineData("<div class=\"comment\">{%- autoescape false -%}{|LH004:{{ user.notes|markup }}|}{% autoescape true %}{{ c.a }}{% endautoescape %}{|LH004:{{ c.b }}|}{% endautoescape %}{{ c.c }}</div>")]
    [InlineData("<div class=\"comment\">{% autoescape on %}{{ c.html }}{% endautoescape %}</div>")]
    // in an attribute's value it renders no links
    [InlineData("<div class=\"comments\"><a href=\"{{{ comment.url }}}\">{{ comment.author }}</a><p data-x=\"{{ x | safe }}\">{{ x }}</p></div>")]
    public void Html(string markup) => EngineAssert.Findings("page.html", markup, only: Only);

    [Fact]
    public void AFormWithoutAttributesEndsASuggestedZoneWithNoSelectors() =>
        EngineAssert.Findings(
            "Pages/Post.cshtml",
            "<ol class=\"post-comments\"><li>{|LH004:@Html.Raw(c.Body)|}<form><p>@Html.Raw(Html.GenerateCaptcha())</p></form></li></ol>",
            new[] { "link_hygiene.ugc_selectors = none", "link_hygiene.sponsored_selectors = none" },
            Only);

    // No section is suggested inside a form: nopCommerce's review form shows the site's review types as
    // <div class="review-rating">@Html.Raw(type.Name)</div> (held-out review). A zone the markup declares still counts.
    [Theory]
    [InlineData("<div class=\"write-review\"><form><div class=\"review-rating\"><label>@Html.Raw(t.Name):</label></div></form></div>")]
    [InlineData("<fieldset><div class=\"user-comment\">@Html.Raw(a)</div></fieldset><div class=\"user-comment\">{|LH004:@Html.Raw(b)|}</div>")]
    [InlineData("<form><ol class=\"comments\"><li>{|LH004:@Html.Raw(c.Body)|}</li></ol><div data-link-zone=\"ugc\">{|LH004:@Html.Raw(d)|}</div></form>")]
    public void NoSectionIsSuggestedInsideAForm(string markup) => EngineAssert.Findings("Views/Product/ProductReviews.cshtml", markup, only: Only);

    [Fact]
    public void WholeFileZone() =>
        EngineAssert.Findings("Pages/Shared/_Comment.cshtml", "<p>{|LH004:@Html.Raw(Model.Body)|}</p>", new[] { "link_hygiene.zone = ugc" }, Only);
}

using LinkHygiene.Tests.Infrastructure;

namespace LinkHygiene.Tests.Rules;

public class LH012UrlAsAnchorTextTests
{
    private static readonly string[] Only = { "LH012" };

    [Theory]
    [InlineData("<a href=\"https://example.org/docs\">{|LH012:https://example.org/docs|}</a>")]
    [InlineData("<a href=\"https://example.org/\">{|LH012:www.example.org|}</a>")]
    [InlineData("<a href=\"https://example.org/\">{|LH012:HTTP://EXAMPLE.ORG/|}</a>")]
    [InlineData("<a href=\"https://example.org/\">{|LH012:&lt;https://example.org/&gt;|}</a>")]
    [InlineData("<a href=\"https://example.org/\">The Example docs</a>")]
    // a notice that the link opens a new tab, for screen readers only or visible, is not part of the URL (held-out review 159)
    [InlineData("<a href=\"https://www.gov.uk/guidance/vat\" target=\"_blank\" rel=\"noopener\">{|LH012:https://www.gov.uk/guidance/vat<span class=\"govuk-visually-hidden\"> (opens in new tab)|}</span></a>")]
    [InlineData("<a href=\"https://example.org/\" target=\"_blank\" rel=\"noopener\">{|LH012:www.example.org (opens in a new window)|}</a> <a href=\"https://example.org/\">The Example docs (opens in new tab)</a>")]
    [InlineData("<a href=\"https://example.org/\">example.org</a>")]
    [InlineData("<a href=\"https://example.org/\" aria-label=\"https://example.org\">Example</a>")]
    [InlineData("<a href=\"mailto:a@b.example\">a@b.example</a>")]
    // a Vue or Angular binding shown by interpolation is the same expression (held-out review 82: RavenDB's and Umbraco's
    // server links)
    [InlineData("<a :href=\"url\">{|LH012:{{ url }}|}</a> <a [href]=\"server.url\">{|LH012:{{server.url}}|}</a>")]
    [InlineData("<a :href=\"'mailto:' + email\">{{ email }}</a> <a :href=\"url\">{{ name }}</a> <a :href=\"url\">Open {{ url }}</a>")]
    // unless the content is replaced by a binding on the link (second code review of stop 47)
    [InlineData("<a :href=\"url\" v-text=\"label\">{{ url }}</a> <a href=\"{{url}}\" ng-bind=\"name\">{{ url }}</a>")]
    // and shows the URL when it binds the href's own expression
    [InlineData("<a x-bind:href=\"url\" {|LH012:x-text=\" url \"|}></a> <a [href]=\"site.url\" {|LH012:[textContent]=\"site.url\"|}></a>")]
    // Alpine does not interpolate {{ }}: the braces are the text (third code review)
    [InlineData("<a x-bind:href=\"url\">{{ url }}</a>")]
    [InlineData("<a :href=\"site.url\" {|LH012:v-text=\"site.url\"|}>{{ site.url }}</a> <a href=\"{{site.url}}\" {|LH012:ng-bind=\"site.url\"|}>{{site.url}}</a> <a ng-href=\"{{ u }}\" {|LH012:ng-bind=\"u\"|}></a>")]
    [InlineData("<a href=\"{{url}}\">{|LH012:{{ url }}|}</a>")]
    // Go's trim markers take away white space around the output (held-out review 79: Hugo layouts write them everywhere)
    [InlineData("<a href=\"{{ . }}\">{|LH012:{{- . -}}|}</a> <a href=\"{{- .url -}}\">{|LH012:{{ .url }}|}</a>")]
    // ... and filters that only escape the output or mark it safe (held-out review 97: miniflux's {{ .URL | safeURL }});
    // not one that changes it
    [InlineData("<a href=\"{{ .SiteURL | safeURL }}\">{|LH012:{{ .SiteURL }}|}</a> <a href=\"{{ u }}\">{|LH012:{{ u|escape }}|}</a> <a href=\"{{ w|safe }}\">{|LH012:{{ w }}|}</a> <a href=\"{{ f }}\">{{ f|truncatechars:40 }}</a> <a href=\"{{ g|urlencode }}\">{{ g }}</a>")]
    // the other outputs of client templates, in a template script (held-out: JabbR's jQuery templates)
    [InlineData("<script type=\"text/x-jquery-tmpl\"><a href=\"${profileUrl}\" target=\"_blank\">{|LH012:${profileUrl}|}</a></script>")]
    [InlineData("<script type=\"text/template\"><a href=\"<%= url %>\">{|LH012:<%= url %>|}</a></script>")]
    [InlineData("<script type=\"text/x-kendo-template\"><a href=\"#= url #\">{|LH012:#= url #|}</a></script>")]
    [InlineData("<script type=\"text/x-jquery-tmpl\"><a href=\"${profileUrl}\">${name}</a></script>")]
    // outside a template script, ${u} is a server-side template's expression (Mako, JSP, Velocity; held-out review 34),
    // the very expression the href is made of
    [InlineData("<a href=\"${profileUrl}\">{|LH012:${profileUrl}|}</a>")]
    public void Html(string markup) => EngineAssert.Findings("page.html", markup, only: Only);

    [Theory]
    // the text is the href's own expression: whatever the URL is, it is also the text (btcpayserver Invoice.cshtml)
    [InlineData("<a href=\"@Model.Url\">{|LH012:@Model.Url|}</a>")]
    [InlineData("<a href=\"@url\" target=\"_blank\" rel=\"noreferrer noopener\">\n    {|LH012:@url|}\n</a>")]
    [InlineData("<a href=\"@(Model.Url)\">{|LH012:@(Model.Url)|}</a>")]
    // @(x), @($"{x}") and @x are one expression (held-out review of Blazor libraries: BootstrapBlazor's Introduction page)
    [InlineData("<a href=\"@($\"{WebsiteUrl}\")\" target=\"_blank\">{|LH012:@WebsiteUrl|}</a><a href=\"@(Model.Url)\">{|LH012:@Model.Url|}</a>")]
    [InlineData("<a href=\"@($\"{WebsiteUrl}/docs\")\">@WebsiteUrl</a><a href=\"@($\"{Url:N}\")\">@Url</a>")]
    // the same URL with the same run-time part, written as both (held-out: POPForums' profile page)
    [InlineData("<a href=\"https://facebook.com/@Model.Facebook\" target=\"_blank\">{|LH012:https://facebook.com/@Model.Facebook|}</a>")]
    [InlineData("<a href=\"https://facebook.com/@Model.Facebook\">Facebook: @Model.Facebook</a>")]
    // the text is partly computed, or another expression: unknown, not reported
    [InlineData("<a href=\"@Model.Url\">https://example.org/@Model.Path</a>")]
    [InlineData("<a href=\"@Model.Url\">@Model.Title</a>")]
    [InlineData("<a href=\"/x/@id\">/x/@id</a>")]
    // an encoder writes the same URL (held-out review 88: FunnelWeb's trackbacks)
    [InlineData("<a href=\"@Html.AttributeEncode(t.Url)\">{|LH012:@Html.Encode(t.Url)|}</a> <a href=\"@u\">{|LH012:@Html.Encode(u)|}</a> <a href=\"@u\">@Html.Encode(t.Title)</a>")]
    [InlineData("<a href=\"@t.Url\">@Html.Encode(t.Url))</a> <a href=\"@t.Url\">{|LH012:@(Html.Encode(t.Url))|}</a>")]
    public void Razor(string markup) => EngineAssert.Findings("Pages/Index.cshtml", markup, only: Only);
}

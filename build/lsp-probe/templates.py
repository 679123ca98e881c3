"""Hand-written templates: (file name, text). Kind follows the extension."""

T = []


def add(name, text):
    T.append((name, text))


add("Basic.cshtml", """@page
@model BasicModel
<h1>Welcome to the site</h1>
<p>Some text before <a href="/about">click here</a> and after the link.</p>
<p>More words in a paragraph with <strong>bold text</strong> and <em>emphasis</em> here.</p>
<ul>
  <li>First item <a href="https://example.com/" target="_blank">Example</a></li>
  <li>Second item text</li>
</ul>
<p>Contact us at info@example.com or sales@example.org for more.</p>
<a href="/missing-page">read more</a>
""")

add("Crlf.cshtml", "@page\r\n<div>\r\n  <p>Line one text\r\n  with more words</p>\r\n\r\n  <a href=\"http://insecure.example.com/\">here</a>\r\n  <p>\tTabbed\ttext\there</p>\r\n</div>\r\n<p>end</p>\r\n")

add("Unicode.cshtml", """@page
<p>Ünïcödé tëxt — naïve café 日本語のテキスト émoji 😀 here</p>
<p>Привет мир, это текст <a href="#nowhere">нажмите здесь</a> и дальше.</p>
<p>Arabic digits ٣٤٥ and Ǆ titlecase</p>
<a href="javascript:void(0)">Do it</a>
""")

add("Razor.cshtml", """@page
@model RazorModel
@{
    ViewData["Title"] = "Razor page";
    var items = new[] { "a", "b" };
}
<h2>@ViewData["Title"] heading text</h2>
<p>Hello @Model.Name, welcome back. Today is @DateTime.Now.DayOfWeek and more text.</p>
<p>Value: @(Model.Count + 1) items in total</p>
@if (Model.Show)
{
    <p>Shown text inside if</p>
    <a href="/a">click here</a>
}
else
{
    <p>Hidden text in else</p>
    <a href="/b">click here</a>
}
@foreach (var item in items)
{
    <li>Item @item text</li>
    <text>plain text block</text>
    @: colon line text with words
}
<p>Email me at test@example.com please</p>
<p>Escaped @@handle text</p>
@* a razor comment with words *@
<!-- an html comment with words -->
<a href="https://example.com/shop?tag=aff-20">Shop</a>
""")

add("Suppress.cshtml", """@page
<p>Intro text paragraph</p>
<!-- linkhygiene-disable-next-line LH010 -->
<a href="/x">click here</a>
<p>Middle text words</p>
<!-- linkhygiene-disable LH011 -->
<p>Inside disabled range text</p>
<a href="/y"></a>
<!-- linkhygiene-enable LH011 -->
<p>After range text</p>
<a href="/z"></a>
@* linkhygiene-disable-next-line *@
<a href="/w">here</a>
<p>Trailing text</p>
""")

add("Tables.html", """<!DOCTYPE html>
<html>
<head><title>Tables page</title></head>
<body>
<table>
  <caption>Caption text</caption>
  <thead><tr><th>Header one</th><th>Header two</th></tr></thead>
  <tbody>
    <tr><td>Cell text one</td><td><a href="https://example.com">here</a></td></tr>
    <tr><td>Cell two</td><td>More cell text</td></tr>
  </tbody>
</table>
<ol>
  <li>One list item</li>
  <li>Two <a href="other.html">other page</a> text after</li>
</ol>
<dl><dt>Term text</dt><dd>Definition text</dd></dl>
</body>
</html>
""")

add("Nested.html", """<!DOCTYPE html>
<html lang="en">
<body>
<div class="content">
  <p>Para text <a href="/p"><span>Nested</span> <img src="x.png" alt="">link</a> trailing words</p>
  <p>Para with <a href="/q"><i class="icon"></i></a> icon only link</p>
  <p>Unclosed link <a href="/r">starts here
  <p>next paragraph text</p>
  <p>another paragraph text</p>
</div>
<div class="comment">
  <p>User wrote text with <a href="https://spam.example.com/">a link</a> inside</p>
</div>
<svg><title>Svg title text</title><a href="/svg"><text>svg link</text></a></svg>
<template><p>Template text <a href="/t">here</a></p></template>
</body>
</html>
""")

add("Formatting.html", """<!DOCTYPE html>
<html>
<body>
<div>
<p><b class="ugc">bold text</p> <table><tr><td><a href="https://example.com/">Example site</a></td></tr></table>
<p><i aria-hidden="true">icon</p>
<table><tr><td><a href="/empty"></a></td></tr></table>
<p><em lang="de">text</p> Word <table><tr><td><a href="/de">hier klicken</a></td></tr></table>
<p><font data-linkhygiene-ignore="LH021">f</p> x <table><tr><td><a href="http://plain.example.com/">Plain site</a></td></tr></table>
</div>
</body>
</html>
""")

add("Lists.razor", """@page "/lists"
<h3>Lists component text</h3>
<NavLink href="counter">Counter page</NavLink>
<p>Some paragraph text in a component</p>
@if (show)
{
    <p>Conditional text here</p>
    <NavLink href="missing">click here</NavLink>
}
else
{
    <span>Else text</span>
}
<ul>
@foreach (var x in list)
{
    <li>Item text @x more</li>
}
</ul>
<MyComponent Title="component title">Child text content</MyComponent>
<a href="@url">dynamic link</a>
<a href="/fixed">read more</a>
@code {
    bool show;
    string url = "/x";
    List<string> list = new();
}
""")

add("Layout.cshtml", """@{
    Layout = null;
}
<!DOCTYPE html>
<html>
<body>
<p id="top">Top text</p>
<p>Layout text here: Layou = null; words</p>
<a href="#top">Go to top</a>
<a href="#missing">Go to missing</a>
<p>Ending text</p>
</body>
</html>
""")

add("Mixed.cshtml", """@page
@using System
<section>
  <header><h1>Header text</h1></header>
  <article>
    <p>Article text @Model.Title. More words here? Yes! Done.</p>
    <p>Price: @Model.Price.ToString("C") each</p>
    <p>Combined@Model.Value text</p>
    <p>Html helper @Html.ActionLink("click here", "Index", "Home") text</p>
    <p>Raw content @Html.Raw(Model.Body) after</p>
  </article>
  <footer>Footer text <a href="mailto:someone">mail</a></footer>
</section>
<pre>
Preformatted text
  with indentation
</pre>
<blockquote>Quoted text <cite>Citation</cite></blockquote>
<a href="/same">Same text</a>
<a href="/other">Same text</a>
""")

add("Scripts.cshtml", """@page
<script>
  var s = "text in script";
</script>
<style>p { color: red; }</style>
<p>After script text</p>
<noscript><p>No script text</p></noscript>
<script type="text/html" id="tmpl">
  <p>Template {{ name }} text <a href="{{ url }}">here</a></p>
</script>
<textarea>Textarea text</textarea>
<select><option>Option text</option></select>
<a href="/s" target="_blank" rel="opener">Scripts page</a>
""")

add("Code.cshtml", """@page
@functions {
    public string Name => "x";
}
@section Scripts {
    <p>Section text</p>
    <a href="/sec">click here</a>
}
<p>Body text</p>
@{ var a = 1; }
<p>After block text</p>
@try
{
    <p>Try text</p>
}
catch (Exception)
{
    <p>Catch text</p>
}
<p>Final @a text</p>
@switch (a)
{
    case 1:
        <p>One text</p>
        break;
    default:
        <a href="/d">here</a>
        break;
}
""")

add("Ids.html", """<!DOCTYPE html>
<html>
<body>
<h2 id="intro">Introduction text</h2>
<p>See <a href="#intro">the introduction</a> or <a href="#outro">the outro</a>.</p>
<p>Also <a href="other.html#x">other</a> text words.</p>
<p>&amp; entity &nbsp; text &#169; copyright</p>
<p>Less &lt; greater &gt; text</p>
<p>Slash / and text? and text! and text.</p>
</body>
</html>
""")

add("Adjacent.cshtml", """@page
<p><a href="/one">One</a> <a href="/two">Two</a></p>
<p><a href="/three">Three</a>and<a href="/four">Four</a></p>
<p>text<a href="/five">here</a>text</p>
<a href="/six">six</a> <a href="/six">six</a> <a href="/seven">six</a>
""")

add("Head.html", """<!DOCTYPE html>
<html>
<head>
  <title>Head title</title>
  <meta charset="utf-8">
</head>
<body class="ugc">
  <p>Body text</p>
  <a href="https://example.net/">Example net</a>
</body>
</html>
<p>after html text</p>
""")

add("Misnested.html", """<div>
<p><b>bold <i>italic</p> text <a href="https://example.com/q">Example</a> more</i></b>
<p><a href="/x">open link</p> text after link <span>span</span>
<div><s class="sponsored">s</div> <table><tr><th><a href="https://ad.example/">Ad site</a></th></tr></table>
<p>ok</p>
</div>
""")

add("FormatTable.cshtml", """@page
<div>
<p><strong class="comment">Some words</p> x <table><tr><td><a href="https://example.com/c">Comment link</a></td></tr></table>
</div>
""")

add("FormatIgnore.html", """<!DOCTYPE html>
<html>
<body>
<div>
<p><b data-linkhygiene-ignore="LH021">x</p>  <table><tr><td><a href="http://insecure.example.com/">Insecure site</a></td></tr></table>
<p><u lang="de">y</p>z<table><tr><th><a href="/klick">klicken Sie hier</a></th></tr></table>
</div>
</body>
</html>
""")

add("FormatNav.razor", """@page "/fmt"
<div>
<p><em class="user-content">words</p> <table><tr><td><NavLink href="https://example.com/u">User site</NavLink></td></tr></table>
<p>Regular text with many words in it</p>
</div>
""")

add("LongPara.cshtml", "@page\n<div>\n" + "".join(
    "<p>Paragraph %d has quite a few words in it so that many separate edits fit here</p>\n" % k for k in range(40))
    + '<a href="/x">click here</a>\n<a href="/About#nope">About</a>\n</div>\n')

add("BigLimit.cshtml", "@page\n<div>\n<p>" + ("word " * 192) + "</p>\n<a href=\"/x\">click here</a>\n</div>\n")

using System.Linq;
using LinkHygiene.Razor;

namespace LinkHygiene.Tests.Razor;

/// <summary>
/// Pins what the HTML parser sees for each Razor construct. In expectations, '$' stands for a run-time value
/// (<see cref="MaskChars.Dynamic"/>), '~' for source that renders nothing inside a value (<see cref="MaskChars.Elided"/>),
/// and spaces in place of code mean "code, renders nothing".
/// </summary>
public class RazorScannerTests
{
    private static string Mask(string template, bool component = false)
    {
        var masked = RazorScanner.Scan(template, component).Masked;
        Assert.Equal(template.Length, masked.Length);
        for (var i = 0; i < masked.Length; i++)
        {
            // The scanner only overwrites: whatever it keeps stays at its original offset.
            if (masked[i] is not (' ' or MaskChars.Dynamic or MaskChars.Elided))
            {
                Assert.Equal(template[i], masked[i]);
            }
        }

        return Collapse(masked.Replace(MaskChars.Dynamic, '$').Replace(MaskChars.Elided, '~'));
    }

    /// <summary>Runs of spaces count as one, so expectations need no space counting (offsets are checked above).</summary>
    private static string Collapse(string text) => System.Text.RegularExpressions.Regex.Replace(text, " {2,}", " ");

    [Theory]
    // comments
    [InlineData("@* <a href=\"x\">Click here</a> *@<p>x</p>", "                                 <p>x</p>")]
    [InlineData("<a href=\"/a@* c *@b\">t</a>", "<a href=\"/a~~~~~~~b\">t</a>")]
    // escapes and e-mail addresses stay literal
    [InlineData("<p>@@handle</p>", "<p> @handle</p>")]
    [InlineData("<p>me@example.com</p>", "<p>me@example.com</p>")]
    [InlineData("<a href=\"mailto:me@example.com\">m</a>", "<a href=\"mailto:me@example.com\">m</a>")]
    [InlineData("<a href=\"x@@y\">m</a>", "<a href=\"x~@y\">m</a>")]
    // implicit expressions
    [InlineData("<p>@Model.Name.</p>", "<p>$$$$$$$$$$$.</p>")]
    [InlineData("<p>@Model.Items[0].Name</p>", "<p>$$$$$$$$$$$$$$$$$$$$</p>")]
    [InlineData("<p>@DateTime.Now.ToString(\"yyyy\")!</p>", "<p>$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$!</p>")]
    [InlineData("<p>@user?.Name</p>", "<p>$$$$$$$$$$$</p>")]
    [InlineData("<p>@user!.Name</p>", "<p>$$$$$$$$$$$</p>")]
    [InlineData("<p>@item</p>", "<p>$$$$$</p>")]
    [InlineData("<p>@await Html.PartialAsync(\"_X\")</p>", "<p>$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$</p>")]
    // explicit expressions, with generics, lambdas and strings that hold markup
    [InlineData("<p>@(Foo<Bar>())</p>", "<p>$$$$$$$$$$$$$</p>")]
    [InlineData("<p>@(items.Where(i => i > 1).Count())</p>", "<p>$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$</p>")]
    [InlineData("<p>@(\"<a href='x'>)</a>\")</p>", "<p>$$$$$$$$$$$$$$$$$$$$$$</p>")]
    // expressions in attribute values, including a double-quoted indexer inside a double-quoted attribute
    [InlineData("<a href=\"@ViewData[\"Key\"]\">t</a>", "<a href=\"$$$$$$$$$$$$$$$$\">t</a>")]
    [InlineData("<a href=\"/p/@id?x=@(y)\">t</a>", "<a href=\"/p/$$$?x=$$$$\">t</a>")]
    [InlineData("<a href=@Model.Url>t</a>", "<a href=$$$$$$$$$$>t</a>")]
    [InlineData("<a title='@T[\"x\"]' href=\"/\">t</a>", "<a title='$$$$$$$' href=\"/\">t</a>")]
    // code blocks: C# blanked, markup inside kept
    [InlineData("@{ var x = 1; }<p>x</p>", "               <p>x</p>")]
    [InlineData("@{ <p>a</p> }", "   <p>a</p>  ")]
    [InlineData("@{ var s = \"<a href='x'>click here</a>\"; }", "                                          ")]
    [InlineData("@{ // <a href=x>here</a>\n}", "                         \n ")]
    [InlineData("@{ /* <a href=x>here</a> */ }", "                             ")]
    [InlineData("@{ var c = '}'; <p>a</p> }", "                <p>a</p>  ")]
    [InlineData("@{ var v = @\"a \"\" }\"; <p>a</p> }", "                       <p>a</p>  ")]
    [InlineData("@{ var i = $\"{(a ? \"}\" : \"{\")} }}\"; <p>a</p> }", "                                     <p>a</p>  ")]
    [InlineData("@{ var r = \"\"\"\n } <p>x</p>\n\"\"\"; <p>a</p> }", "               \n           \n     <p>a</p>  ")]
    [InlineData("@{ if (a < b) { <p>a</p> } }", "                <p>a</p>    ")]
    [InlineData("@{ var l = new List<string>(); <p>a</p> }", "                               <p>a</p>  ")]
    // <text> and @:
    [InlineData("@{ <text>Hi</text> }", "         Hi         ")]
    [InlineData("@{ @:Hi <b>x</b>\n}", "     Hi <b>x</b>\n ")]
    // control statements
    [InlineData("@if (a) { <p>a</p> } else if (b) { <p>b</p> } else { <p>c</p> }", "          <p>a</p>                    <p>b</p>            <p>c</p>  ")]
    [InlineData("@foreach (var i in xs) {\n  <li>@i</li>\n}", "                        \n  <li>$$</li>\n ")]
    [InlineData("@for (var i = 0; i < n; i++) { <li>x</li> }", "                               <li>x</li>  ")]
    [InlineData("@while (x) { <p>a</p> }", "             <p>a</p>  ")]
    [InlineData("@do { <p>a</p> } while (x);", "      <p>a</p>              ")]
    [InlineData("@await foreach (var i in Stream()) { <li>@i</li> }", "                                   <li>$$</li>  ")]
    [InlineData("<p>@await\tforeach (var i in s) { <a href=\"@i\">t</a> }</p>", "<p>                           <a href=\"$$\">t</a>  </p>")]
    [InlineData("@switch (x) { case 1: <p>one</p> break; default: <p>d</p> break; }", "                      <p>one</p>                   <p>d</p>         ")]
    [InlineData("@using (Html.BeginForm()) { <input> }", "                            <input>  ")]
    [InlineData("@try { <p>a</p> } catch (Exception e) when (e is X) { <p>b</p> } finally { <p>c</p> }", "       <p>a</p>                                         <p>b</p>             <p>c</p>  ")]
    [InlineData("@lock (o) { <p>a</p> }", "            <p>a</p>  ")]
    // markup nested several levels in code
    [InlineData("@if (a) { <div>@foreach (var x in xs) { <a href=\"@x\">t</a> }</div> }", "          <div>                      <a href=\"$$\">t</a>  </div>  ")]
    // directives
    [InlineData("@page \"/route\"\n@model IndexModel\n<p>x</p>", "             \n                \n<p>x</p>")]
    [InlineData("@using System.Linq\n@inject IFoo Foo\n<p>x</p>", "                  \n                \n<p>x</p>")]
    [InlineData("@section Scripts {\n<script>if (a) { b(); }</script>\n}", "                 \n<script>if (a) { b(); }</script>\n ")]
    [InlineData("@section Side { @if (a) { <a href=\"x\">t</a> } }", "                          <a href=\"x\">t</a>    ")]
    [InlineData("@functions { int F() { return 1; } }<p>x</p>", "                                     <p>x</p>")]
    // script content is still Razor
    [InlineData("<script>var n = '@Model.Name';</script>", "<script>var n = '$$$$$$$$$$$';</script>")]
    // HTML comments still run Razor
    [InlineData("<!-- @Model.X -->", "<!-- $$$$$$$$ -->")]
    public void RazorView(string template, string expected) => Assert.Equal(Collapse(expected), Mask(template));

    [Theory]
    [InlineData("@page \"/counter\"\n<p>x</p>", "               \n<p>x</p>")]
    [InlineData("<button @onclick=\"() => count++\">+</button>", "<button $onclick=\"$$$$$$$$$$$$$\">+</button>")]
    [InlineData("<input @bind-Value=\"Model.X\" @bind-Value:event=\"oninput\" />", "<input $bind-Value=\"$$$$$$$\" $bind-Value:event=\"$$$$$$$\" />")]
    [InlineData("<a href=\"x\" @attributes=\"Extra\">t</a>", "<a href=\"x\" $attributes=\"$$$$$\">t</a>")]
    [InlineData("<Comp @key=\"k\" @ref=\"r\" />", "<Comp $key=\"$\" $ref=\"$\" />")]
    [InlineData("@code {\n  RenderFragment F => @<a href=\"x\">t</a>;\n}", "       \n                      <a href=\"x\">t</a> \n ")]
    [InlineData("@code { void M() { if (a) { <p>x</p> } } }", "                            <p>x</p>        ")]
    public void RazorComponent(string template, string expected) => Assert.Equal(Collapse(expected), Mask(template, component: true));

    [Theory]
    [InlineData("<a href=\"x\">t</a>\n@{ var x = 1;", "the C# block '{' starting here is never closed")]
    [InlineData("<p>@(a</p>", "the '(' starting here is never closed")]
    [InlineData("@* never closed", "the Razor comment '@*' starting here is never closed with '*@'")]
    [InlineData("@section S { <p>x</p>", "the '@section' block starting here is never closed with '}'")]
    // a Write( being typed is the block's problem, once (code review 120)
    [InlineData("<div>\n@{\n    Write(Model.Title;\n}\n</div>\n<a href=\"/a\">x</a>", "the C# block '{' starting here is never closed")]
    public void UnterminatedConstructsAreReported(string template, string reason)
    {
        var problem = Assert.Single(RazorScanner.Scan(template, isComponent: false).Problems);
        Assert.Equal(reason, problem.Reason);
        Assert.False(problem.IsFatal);
    }

    // Found by the robustness properties: a stray '@' in a tag once stopped the tag scanner from moving on.
    [Theory]
    [InlineData("<a\nt=\"\"@", "<a\nt=\"\"@")]
    [InlineData("<a href=\"x\" @ >t</a>", "<a href=\"x\" @ >t</a>")]
    [InlineData("<a @= href=\"x\">t</a>", "<a @= href=\"x\">t</a>")]
    [InlineData("<a href=\"x\"@>t</a>", "<a href=\"x\"@>t</a>")]
    public void StrayAtInATagIsPartOfAnAttributeName(string template, string expected) => Assert.Equal(expected, Mask(template));

    // The if/else chains and switches of a code block are branch groups, read while the block is read as C#. Expected:
    // the groups in order of their first branch, each branch's source (runs of spaces as one) between '|'.
    [Theory]
    [InlineData("@{ if (a) { <a>1</a> } else { <a>2</a> } }", "{ <a>1</a> } | { <a>2</a> }")]
    [InlineData("@{\r\n\tif (a)\r\n\t{\r\n<a>1</a>\r\n\t} // signed out\r\n\telse if (b) { <a>2</a> } /* c */ else { <a>3</a> }\r\n}", "{\r\n<a>1</a>\r\n\t} | { <a>2</a> } | { <a>3</a> }")]
    [InlineData("@{ using (Html.BeginForm()) { if (a) { <a>1</a> } else { <a>2</a> } } }", "{ <a>1</a> } | { <a>2</a> }")]
    [InlineData("@{ try { { if (a) { <a>1</a> } else { <a>2</a> } } } catch (E e) when (e.X) { if (b) { <a>3</a> } else { <a>4</a> } } finally { } }", "{ <a>1</a> } | { <a>2</a> } || { <a>3</a> } | { <a>4</a> }")]
    [InlineData("@{ if (a) { <li>@if (b) { <a>1</a> } else { <a>2</a> }</li> } else { <a>3</a> } }", "{ <li>@if (b) { <a>1</a> } else { <a>2</a> }</li> } | { <a>3</a> } || { <a>1</a> } | { <a>2</a> }")]
    [InlineData("@{ @if (a) { <a>1</a> } else { <a>2</a> } }", "{ <a>1</a> } | { <a>2</a> }")]
    [InlineData("@{ if (x.Any(i => { return i; })) { <a>1</a> } else { <a>2</a> } }", "{ <a>1</a> } | { <a>2</a> }")]
    // not in code that may run many times: a loop's body, a lambda, a local function, a template delegate (and @if there)
    [InlineData("@foreach (var i in x) { if (i.A) { <a>1</a> } else { <a>2</a> } }", "")]
    [InlineData("@while (a) { <p>@if (b) { <a>1</a> } else { <a>2</a> }</p> }", "")]
    [InlineData("@{ do { if (a) { <a>1</a> } else { <a>2</a> } } while (b); }", "")]
    [InlineData("@do { <p>@if (a) { <a>1</a> } else { <a>2</a> }</p> } while (b);", "")]
    [InlineData("@for (var i = 0; i < 2; i++) { <p>@if (a) { <a>1</a> } else { <a>2</a> }</p> }", "")]
    [InlineData("@foreach (var i in x) { <li>@switch (k) { case 1: <a>1</a> break; default: <a>2</a> break; }</li> }", "")]
    [InlineData("@{ await foreach (var o in xs) { if (a) { <a>1</a> } else { <a>2</a> } } }", "")]
    [InlineData("@await foreach (var o in xs) { <p>@if (a) { <a>1</a> } else { <a>2</a> }</p> }", "")]
    [InlineData("@{ foreach (var i in Model) // each item\n{ if (a) { <a>1</a> } else { <a>2</a> } } }", "")]
    [InlineData("@{ while (a) /* c */ { <p>@if (b) { <a>1</a> } else { <a>2</a> }</p> } }", "")]
    [InlineData("@{ foreach (var i in xs) if (c) Log(); else if (d) { if (e) { <a>1</a> } else { <a>2</a> } } }", "")]
    [InlineData("@{ foreach (var i in xs) if (i) Log(i); if (e) { <a>1</a> } else { <a>2</a> } }", "")] // its body not followed to its end: the block's rest
    [InlineData("@{ foreach (var x in xs) l: if (x.A) Log(x); else { <p>@if (x.B) { <a>1</a> } else { <a>2</a> }</p> } }", "")] // a label is not a simple statement
    [InlineData("@{ foreach (var x in xs)\n#if DEBUG\nif (x.A) Log(x); else { <p>@if (x.B) { <a>1</a> } else { <a>2</a> }</p> }\n#endif\n}", "")]
    [InlineData("@{ foreach (var x in xs) checked(Log(x)); if (e) { <a>1</a> } else { <a>2</a> } }", "")] // checked (..) { } could follow
    [InlineData("@{ Action f = delegate { if (a) { <a>1</a> } else { <a>2</a> } }; }", "")]
    [InlineData("@code { RenderFragment F { get { if (a) { return @<a>1</a>; } else { return @<a>2</a>; } } } }", "")]
    [InlineData("@{ for (var i = 0; i < 2; i++) { <p>@if (b) { <a>1</a> } else { <a>2</a> }</p> } }", "")]
    [InlineData("@{ Render(() => { if (a) { <a>1</a> } else { <a>2</a> } }); }", "")]
    [InlineData("@{ void Item(bool a) { if (a) { <a>1</a> } else { <a>2</a> } } Item(true); Item(false); }", "")]
    [InlineData("@{ RenderFragment f = @<p>@if (a) { <a>1</a> } else { <a>2</a> }</p>; }", "")]
    [InlineData("@code { void M() { if (a) { <a>1</a> } else { <a>2</a> } } }", "")]
    // blocks followed or not, that run once: the @if in them is still a group, and so is an if
    [InlineData("@{ if (a) Log(); else { <div>@if (b) { <a>1</a> } else { <a>2</a> }</div> } }", "{ <a>1</a> } | { <a>2</a> }")]
    [InlineData("@{ if (a) Log(); else { if (b) { <a>1</a> } else { <a>2</a> } } }", "{ <a>1</a> } | { <a>2</a> }")]
    [InlineData("@{ if (a) Log(); else if (b) { <p>@if (c) { <a>1</a> } else { <a>2</a> }</p> } }", "{ <a>1</a> } | { <a>2</a> }")]
    [InlineData("@{\n#region Links\nif (a) { <p>@if (c) { <a>1</a> } else { <a>2</a> }</p> }\n#endregion\n}", "{ <a>1</a> } | { <a>2</a> }")]
    [InlineData("@{ if (a) using (x) { <p>@if (c) { <a>1</a> } else { <a>2</a> }</p> } }", "{ <a>1</a> } | { <a>2</a> }")]
    [InlineData("@{ if (a) if (b) { <p>@if (c) { <a>1</a> } else { <a>2</a> }</p> } }", "{ <a>1</a> } | { <a>2</a> }")]
    [InlineData("@{ await /* c */ using (var s = x) { if (a) { <a>1</a> } else { <a>2</a> } } }", "{ <a>1</a> } | { <a>2</a> }")]
    [InlineData("@{ do { Log(); } while (x); if (a) { <a>1</a> } else { <a>2</a> } }", "{ <a>1</a> } | { <a>2</a> }")]
    [InlineData("@{ foreach (var x in xs) total += x; if (a) { <a>1</a> } else { <a>2</a> } }", "{ <a>1</a> } | { <a>2</a> }")]
    [InlineData("@{ switch (k) { case 1: foreach (var x in xs) if (x) Log(x); <a>1</a> break; case 2: <a>2</a> break; } }", "case 1: foreach (var x in xs) if (x) Log(x); <a>1</a> break; | case 2: <a>2</a> break; }")]
    [InlineData("@{ await using (var s = x) { if (a) { <a>1</a> } else { <a>2</a> } } }", "{ <a>1</a> } | { <a>2</a> }")]
    [InlineData("@{ using (a) using (b) { <p>@if (c) { <a>1</a> } else { <a>2</a> }</p> } }", "{ <a>1</a> } | { <a>2</a> }")]
    [InlineData("@{ lock (o) { if (a) { <a>1</a> } else { <a>2</a> } } }", "{ <a>1</a> } | { <a>2</a> }")]
    [InlineData("@switch (k) { case 1: <p>@if (a) { <a>1</a> } else { <a>2</a> }</p> break; default: <a>3</a> break; }", "case 1: <p>@if (a) { <a>1</a> } else { <a>2</a> }</p> break; | default: <a>3</a> break; } || { <a>1</a> } | { <a>2</a> }")]
    // nested chains: each is a group; an @if's blocks start after its header, a code block's at its '{'
    [InlineData("@if (a) { if (b) { <a>1</a> } else { <a>2</a> } } else { <a>3</a> }", "{ if (b) { <a>1</a> } else { <a>2</a> } } | { <a>3</a> } || { <a>1</a> } | { <a>2</a> }")]
    [InlineData("@{ if (a) { if (b) { <a>1</a> } <a>2</a> } else { <a>3</a> } }", "{ if (b) { <a>1</a> } <a>2</a> } | { <a>3</a> }")]
    [InlineData("@{ switch (k) { case 1: <a>1</a> break; case 2: { <a>2</a> } break; default: switch (j) { case 3: <a>3</a> break; case 4: <a>4</a> break; } break; } }", "case 1: <a>1</a> break; | case 2: { <a>2</a> } break; | default: switch (j) { case 3: <a>3</a> break; case 4: <a>4</a> break; } break; } || case 3: <a>3</a> break; | case 4: <a>4</a> break; }")]
    [InlineData("@{ switch (k) { case 1: <a>1</a> break; default: { case 2: <a>2</a> } break; } }", "case 1: <a>1</a> break; | default: { case 2: <a>2</a> } break; }")] // a label in a nested block is not the switch's
    // not branches: statements one after the other, no braces, markup between, a switch with one section
    [InlineData("@{ if (a) { <a>1</a> } if (b) { <a>2</a> } }", "")]
    [InlineData("@{ if (a) Log(); else { <a>2</a> } }", "")]
    [InlineData("@{ if (a) { <a>1</a> } else Log(); }", "")]
    [InlineData("@{ if (a) { <a>1</a> } <p>x</p> else { <a>2</a> } }", "")]
    [InlineData("@{ switch (k) { case 1: <a>1</a> break; } }", "")]
    [InlineData("@{ var y = a switch { 1 => 2, _ => 3 }; if (a) { <a>1</a> } }", "")]
    // broken code: a block the code block's reading closes ('(' left open) still counts; a statement whose header a '}'
    // closes around, or whose block never closes, ends with the branches it has
    [InlineData("@{ if (a) { Foo( } else { <a>2</a> } }", "{ Foo( } | { <a>2</a> }")]
    [InlineData("@{ if (a) { if (b) { <a>1</a> } else if (c) { <a>2</a> } else if (d } else { <a>3</a> } }", "{ if (b) { <a>1</a> } else if (c) { <a>2</a> } else if (d } | { <a>3</a> } || { <a>1</a> } | { <a>2</a> }")]
    [InlineData("@{ if (a) { <a>1</a> } else { <a>2</a> ) }", "{ <a>1</a> } | { <a>2</a> ) }")] // a stray ')' closes nothing
    [InlineData("@{ if (a { <a>1</a> } else { <a>2</a> } }", "")]
    [InlineData("@{ if (a) { <a>1</a> } else { <a>2</a>", "")]
    public void CodeBlockStatementsAreBranchGroups(string template, string expected)
    {
        var result = RazorScanner.Scan(template, isComponent: false);
        var groups = result.ExclusiveBranches
            .OrderBy(g => g[0].Start)
            .Select(g => string.Join(" | ", g.Select(b => Collapse(template.Substring(b.Start, b.Length).Trim()))));
        Assert.Equal(expected, string.Join(" || ", groups));
    }

    // Statements nested deeper than 64 in one code block are not followed (LH013 walks every group around a link).
    // Loops without braces one after another do not each hold a place under the limit.
    [Fact]
    public void LoopsWithoutBracesDoNotFillTheLimit()
    {
        var template = "@{ if (a) { " + string.Concat(Enumerable.Repeat("for (;;) if (b) x(); ", 70)) + "} if (c) { <a>1</a> } else { <a>2</a> } }";
        Assert.Single(RazorScanner.Scan(template, isComponent: false).ExclusiveBranches);
    }

    [Theory]
    [InlineData("if (a) { <a>1</a> ", "} else { <a>2</a> } ", 100)]
    [InlineData("@{ if (a) { <p>", "</p> } else { <a>2</a> } }", 80)] // in code blocks nested through markup
    public void DeeplyNestedStatementsAreFollowedToALimit(string open, string close, int levels)
    {
        var template = "@{ " + string.Concat(Enumerable.Repeat(open, levels)) + string.Concat(Enumerable.Repeat(close, levels)) + "}";
        var result = RazorScanner.Scan(template, isComponent: false);
        Assert.DoesNotContain(result.Problems, p => p.IsFatal);
        Assert.Equal(64, result.ExclusiveBranches.Count);
    }

    // Past the limit, nothing in that code block is read as branches (a loop there is not followed, so its markup's @if
    // could be repeated); the next code block is read again.
    [Fact]
    public void PastTheLimitACodeBlockIsNotReadForBranches()
    {
        var template = "@{ " + string.Concat(Enumerable.Repeat("if (a) { ", 70))
            + "foreach (var i in x) { <p>@if (b) { <a>1</a> } else { <a>2</a> }</p> }"
            + string.Concat(Enumerable.Repeat("} else { <a>2</a> } ", 70)) + "}\n@{ if (c) { <a>3</a> } else { <a>4</a> } }";
        var groups = RazorScanner.Scan(template, isComponent: false).ExclusiveBranches;
        Assert.Equal(65, groups.Count);
        Assert.Contains(groups, g => template.Substring(g[0].Start, g[0].Length) == "{ <a>3</a> }");
    }

    // Reading a code block's branches changes nothing else: half-typed code recovers as before (a review found that
    // reading those statements' blocks separately blanked the rest of the file, reported problems twice, lost links).
    [Theory]
    [InlineData("@{ if (a) { Foo( } }\n<a href=\"/x\">A</a>", "\n<a href=\"/x\">A</a>", 0)]
    [InlineData("@{ if (a { <a href=\"/x\">A</a> } else { <a href=\"/y\">A</a> } }", "<a href=\"/x\">A</a> <a href=\"/y\">A</a>", 1)]
    [InlineData("@{ if (a) { <a href=\"/x\">A</a>\n<a href=\"/y\">B</a>", "<a href=\"/x\">A</a>\n<a href=\"/y\">B</a>", 1)]
    public void HalfTypedStatementsRecoverAsCode(string template, string markup, int problems)
    {
        Assert.Equal(markup, Mask(template).Trim(' '));
        Assert.Equal(problems, RazorScanner.Scan(template, isComponent: false).Problems.Count);
    }

    [Fact]
    public void MaskKeepsLengthAndLineBreaks()
    {
        const string template = "@{\r\n  var x = 1;\r\n}\r\n<p>@x</p>\u2028@* a\r\nb *@";
        var masked = RazorScanner.Scan(template, isComponent: false).Masked;
        Assert.Equal(template.Length, masked.Length);
        for (var i = 0; i < template.Length; i++)
        {
            if (template[i] is '\r' or '\n' or '\u2028')
            {
                Assert.Equal(template[i], masked[i]);
            }
        }
    }

    [Fact]
    public void RecordsExpressionsCommentsAndDirectives()
    {
        var result = RazorScanner.Scan("@page \"/x\"\n<p>@Html.Raw(a) @* note *@ @(b)</p>", isComponent: false);
        Assert.Collection(
            result.Expressions,
            e => Assert.Equal(("Html.Raw(a)", RazorExpressionContext.Text), (e.Code, e.Context)),
            e => Assert.Equal(("b", RazorExpressionContext.Text), (e.Code, e.Context)));
        Assert.Equal(" note ", Assert.Single(result.RazorComments).Text);
        var directive = Assert.Single(result.Directives);
        Assert.Equal(("page", "\"/x\""), (directive.Name, directive.Argument));
    }

    [Fact]
    public void DeepNestingIsRefusedNotOverflowed()
    {
        var template = string.Concat(System.Linq.Enumerable.Repeat("@{ <p>", 5000));
        var result = RazorScanner.Scan(template, isComponent: false);
        Assert.Contains(result.Problems, p => p.IsFatal);
    }
}

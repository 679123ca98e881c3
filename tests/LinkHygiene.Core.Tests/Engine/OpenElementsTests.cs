using LinkHygiene.Documents;
using Xunit;

namespace LinkHygiene.Tests.Engine;

/// <summary>
/// The estimate of the tree builder's stack of open elements (what refuses a template nested past 4,096 levels) follows
/// the HTML standard's rules for the stack and for the list of active formatting elements.
/// </summary>
public class OpenElementsTests
{
    // Each step: "<x" a start tag, "/x" an end tag, "#" text; the depth after each step.
    [Theory]
    [InlineData("<div <div <div /div", "1 2 3 2")]
    [InlineData("<p <p <p", "1 1 1")] // a <p> closes the open one
    [InlineData("<div <p <div <p", "1 2 3 2")] // ... with everything opened after it
    [InlineData("<table <td <p <td <p", "1 2 3 2 3")] // a cell closes the open one, with the paragraph in it
    [InlineData("<p <table <p", "1 2 3")] // ... but a <p> does not close one outside a table
    [InlineData("<p <button <p", "1 2 3")] // ... or outside a button
    [InlineData("<button <p <button <p", "1 2 1 2")] // a <button> closes the open one, with the paragraph in it
    [InlineData("<ul <li <ul <li", "1 2 3 4")] // a list stops an <li> closing the one outside it
    [InlineData("/div /p <div /span", "0 0 1 1")] // stray end tags close nothing
    [InlineData("<b <i /b #", "1 2 0 1")] // the <i> closed by </b> is re-opened before text
    [InlineData("<b <i /b <div", "1 2 0 1")] // ... not before a block
    [InlineData("<b <i /b <span", "1 2 0 2")] // ... but before an inline element
    [InlineData("<b <i /b # /i #", "1 2 0 1 0 0")] // and its own end tag closes it for good
    [InlineData("<div <b <b <b <b /div #", "1 2 3 4 5 0 3")] // three of a kind at most are re-opened
    [InlineData("<div <b <i <b <i /div # #", "1 2 3 4 5 0 4 4")]
    [InlineData("<a <a <a", "1 1 1")] // an <a> closes the open one (and is formatting: not re-opened after its own end)
    [InlineData("<div <a /div # /a #", "1 2 0 1 0 0")]
    public void TheDepthFollowsTheTreeBuildersRules(string steps, string depths)
    {
        var open = new OpenElements();
        var actual = new System.Collections.Generic.List<string>();
        foreach (var step in steps.Split(' '))
        {
            switch (step[0])
            {
                case '<':
                    open.StartTag(step.Substring(1));
                    break;
                case '/':
                    open.EndTag(step.Substring(1));
                    break;
                default:
                    open.Text();
                    break;
            }

            actual.Add(open.Depth.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        Assert.Equal(depths, string.Join(" ", actual));
    }
}

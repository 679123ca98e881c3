using LinkHygiene.Site;

namespace LinkHygiene.Tests.Site;

public class UrlHelperCallsTests
{
    [Theory]
    // what a call names: "page|handler|area|controller|action|href|undecidable", and the literal's text at its span
    [InlineData("Url.Action(\"Privacy\")", "||||Privacy||", "Privacy")]
    [InlineData("Url.Action(\"Privacy\", \"Home\")", "|||Home|Privacy||", "Privacy")]
    [InlineData("(Url.Action(@\"Index\", \"Users\", new { area = \"Admin\", id = 3 }))", "||Admin|Users|Index||", "Index")]
    [InlineData("Url.Action(\"Index\", new { id = Model.Id })", "||||Index||", "Index")]
    [InlineData("Url.Action(\"Index\", \"Users\", values)", "|||Users|Index||computed at run time", "Index")]
    [InlineData("Url.Action(\"Index\", \"Users\", new { area = Model.Area })", "|||Users|Index||computed at run time", "Index")]
    [InlineData("Url.Action(\"Index\", \"Home\", null, \"https\", \"example.org\")", "|||Home|Index||a named route or a URL built for another host", "Index")]
    // ... but a protocol given as null is none: MVC writes the path alone (held-out review 81: SocialGoal)
    [InlineData("Url.Action(\"Index\", \"Goal\", new { id = goal.Id }, null)", "|||Goal|Index||", "Index")]
    [InlineData("Url.Action(\"Index\", \"Home\", null, null, null)", "|||Home|Index||", "Index")]
    [InlineData("Url.Action(\"Index\", \"Home\", null, \"https\", null)", "|||Home|Index||a named route or a URL built for another host", "Index")]
    [InlineData("Url.Page(\"/Contact\", \"Send\")", "/Contact|Send|||||", "/Contact")]
    [InlineData("Url.Page(\"./Edit\", new { id = 1 })", "./Edit||||||", "./Edit")]
    [InlineData("Url.Content(\"~/docs/\")", "|||||~/docs/|", "~/docs/")]
    [InlineData("Html.ActionLink(\"Privacy policy\", \"Privacy\", \"Home\", null, new { @class = \"nav\" })", "|||Home|Privacy||", "Privacy")]
    [InlineData("Html.ActionLink(\"Users\", \"Lst\", \"Users\", new { area = \"Admin\" })", "||Admin|Users|Lst||", "Lst")]
    [InlineData("Html.ActionLink(\"Users\", \"Index\", new { area = \"Admin\" }, new { @class = \"x\" })", "||Admin||Index||", "Index")]
    [InlineData("Html.ActionLink(\"a, \\\"b\\\" (c)\", \"Index\", \"Home\")", "|||Home|Index||", "Index")]
    // MVC 5's Ajax.ActionLink: Html.ActionLink's call with its AjaxOptions among the arguments (held-out review 98)
    [InlineData("Ajax.ActionLink(\"Forgotten password\", \"RetrievePasword\", null, new AjaxOptions { UpdateTargetId = \"x\" }, new { @class = \"c\" })", "||||RetrievePasword||", "RetrievePasword")]
    [InlineData("Ajax.ActionLink(\"More\", \"List\", \"Posts\", new { id = 2 }, new System.Web.Mvc.Ajax.AjaxOptions { HttpMethod = \"GET\" })", "|||Posts|List||", "List")]
    [InlineData("Ajax.ActionLink(\"More\", \"List\", ajaxOptions: new AjaxOptions())", "||||List||", "List")]
    // route values name the controller, action, page and handler too, over the arguments (review: Url.Action("Post",
    // new { controller = "Blog" }) was checked against the view's own controller); an empty name is the current one
    [InlineData("Url.Action(\"Post\", new { controller = \"Blog\", id = 3 })", "|||Blog|Post||", "Post")]
    [InlineData("Url.Page(\"/Orders\", new { handler = \"Export\", @area = \"Shop\" })", "/Orders|Export|Shop||||", "/Orders")]
    [InlineData("Url.Action(\"Post\", new { controller = name })", "||||Post||computed at run time", "Post")]
    [InlineData("Url.Action(\"\")", "||||||the current action", "")]
    [InlineData("Url.Page(\"\", \"Export\")", "|Export|||||the current page", "")]
    // the literal as C# reads it (escapes were refused: the call was "computed at run time")
    [InlineData("Url.Action(\"Priv\\u0061cy\", @\"Home\")", "|||Home|Privacy||", "Priv\\u0061cy")]
    // named arguments, in any order after the positional ones (NuGetGallery's way; held-out review 29)
    [InlineData("Url.Action(actionName: \"Shwo\", controllerName: \"Questions\", routeValues: new { id = 1 })", "|||Questions|Shwo||", "Shwo")]
    [InlineData("Url.Action(\"Show\", controller: \"Questions\")", "|||Questions|Show||", "Show")]
    [InlineData("Url.Action(controller: \"Home\", action: \"Privacy\")", "|||Home|Privacy||", "Privacy")]
    [InlineData("Html.ActionLink(\"Contact owners\", actionName: \"Contact\", controllerName: \"Packages\", routeValues: new { id = 2 }, htmlAttributes: null)", "|||Packages|Contact||", "Contact")]
    [InlineData("Html.ActionLink(linkText: \"Report\", actionName: \"ReportAbuse\", controllerName: \"Packages\")", "|||Packages|ReportAbuse||", "ReportAbuse")]
    [InlineData("Url.Page(pageName: \"/Contact\", pageHandler: \"Send\")", "/Contact|Send|||||", "/Contact")]
    // a named fragment changes no route; the values close up on the name before them (code review: the fragment was
    // read as the controller, a protocol as the controller, a page's fragment as its handler)
    [InlineData("Url.Action(action: \"Show\", fragment: \"answers\")", "||||Show||", "Show")]
    [InlineData("Url.Action(\"Show\", \"Questions\", fragment: \"top\")", "|||Questions|Show||", "Show")]
    [InlineData("Url.Page(pageName: \"/Contact\", fragment: \"form\")", "/Contact||||||", "/Contact")]
    [InlineData("Url.Action(action: \"Show\", values: new { id = 3 })", "||||Show||", "Show")]
    public void ReadsWhatACallNames(string code, string expected, string spanText)
    {
        var call = UrlHelperCalls.Read(code);
        Assert.NotNull(call);
        Assert.Equal(expected, $"{call!.Page}|{call.PageHandler}|{call.Area}|{call.Controller}|{call.Action}|{call.Href}|{call.Undecidable}");
        Assert.Equal(spanText, code.Substring(call.Start, call.Length));
    }

    [Theory]
    [InlineData("Url.Action(name)")]
    [InlineData("Url.Action($\"{name}\")")]
    [InlineData("Url.Action(\"A\") + \"#top\"")]
    // an Ajax.ActionLink whose options are not written out; Ajax has no Action
    [InlineData("Ajax.ActionLink(\"More\", \"List\", options)")]
    [InlineData("Ajax.Action(\"List\")")]
    [InlineData("Url.Action(\"A\"")]
    [InlineData("Url.RouteUrl(\"default\")")]
    [InlineData("Url.ActionLink(\"A\")")]
    [InlineData("Html.Action(\"A\")")]
    [InlineData("Url.Content(\"css/site.css\")")]
    [InlineData("Url.Action(\"A\" + suffix)")]
    [InlineData("Url.Action(\"a\\nb\")")]
    [InlineData("Model.Url.Action(\"A\")")]
    // a name no overload has, or one given twice: an overload this reader does not know
    [InlineData("Url.Action(action: \"A\", area: \"B\")")]
    [InlineData("Url.Action(\"A\", action: \"B\")")]
    // a named protocol or host: a URL for another host
    [InlineData("Url.Action(action: \"Show\", protocol: \"https\")")]
    [InlineData("Url.Action(\"Show\", \"Home\", values: null, host: \"example.org\")")]
    public void AnythingElseIsNoCall(string code) => Assert.Null(UrlHelperCalls.Read(code));
}

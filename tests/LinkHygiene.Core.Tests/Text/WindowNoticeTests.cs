using LinkHygiene.Text;

namespace LinkHygiene.Tests.Text;

/// <summary>
/// <see cref="AnchorText.WithoutWindowNotice"/>: every kind of notice it knows is found (its quick check of
/// <see cref="AnchorText.NoticeWords"/> had left "another tab", "separate window" and "outside website" unread: second code
/// review), and what is before it is kept as written.
/// </summary>
public class WindowNoticeTests
{
    [Theory]
    [InlineData("here (opens in new tab)", "here")]
    [InlineData("Read more (opens in another tab)", "Read more")]
    [InlineData("here (opens in a separate window)", "here")]
    [InlineData("Click here (outside website)", "Click here")]
    [InlineData("here (opens in new tab/window)", "here")]
    [InlineData("here (opens in new tab or window)", "here")]
    [InlineData("Read more (external link, opens in a new tab)", "Read more")]
    [InlineData("Click here - link opens in a new browser window", "Click here")]
    [InlineData("Learn more (link is external)", "Learn more")]
    [InlineData("More [new window]", "More")]
    [InlineData("» (external link)", "»")]
    [InlineData("Docs: external", "Docs")]
    [InlineData("yma (yn agor mewn tab newydd)", "yma")]
    [InlineData("Darllen mwy (dolen allanol)", "Darllen mwy")]
    [InlineData("Hier (öffnet in neuem Tab)", "Hier")]
    [InlineData("Hier (öffnet neues Fenster)", "Hier")]
    [InlineData("Mehr erfahren (externer Link)", "Mehr erfahren")]
    [InlineData("Mehr erfahren (extern)", "Mehr erfahren")]
    [InlineData("Cliquez ici (s'ouvre dans un nouvel onglet)", "Cliquez ici")]
    [InlineData("En savoir plus (lien externe - nouvelle fenêtre)", "En savoir plus")]
    [InlineData("Lees meer (opent in nieuw venster)", "Lees meer")]
    [InlineData("Klik hier (externe link)", "Klik hier")]
    [InlineData("Leer más (se abre en una ventana nueva)", "Leer más")]
    [InlineData("Más información (sitio web externo)", "Más información")]
    [InlineData("Haga clic aquí (enlace externo)", "Haga clic aquí")]
    // (third code review) as written, before normalisation: a curly apostrophe, punctuation or symbols after the notice
    [InlineData("Cliquez ici (s’ouvre dans une nouvelle fenêtre)", "Cliquez ici")]
    [InlineData("Cliquez ici (s'ouvre dans une nouvelle fenetre)", "Cliquez ici")]
    [InlineData("Read more (opens in new tab).", "Read more")]
    [InlineData("Read more (opens in new tab) »", "Read more")]
    public void FindsTheNotice(string text, string before) => Assert.Equal(before, AnchorText.WithoutWindowNotice(text));

    [Theory]
    [InlineData("Open in new tab")]
    [InlineData("(opens in new tab)")]
    [InlineData("More external")]
    [InlineData("Go to external site")]
    [InlineData("Read more about opening links in a new tab")]
    [InlineData("Tables and tabs")]
    [InlineData("The new window tax")]
    public void LeavesOtherTextsAlone(string text) => Assert.Null(AnchorText.WithoutWindowNotice(text));

    [Fact]
    public void AVeryLongTextIsNotReadForANotice()
    {
        // (a name of 4,000 repeated notices had taken 52 s: second code review)
        var text = "here" + string.Concat(System.Linq.Enumerable.Repeat(", external link", 4000)) + " x";
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Assert.Null(AnchorText.WithoutWindowNotice(text));
        Assert.Null(AnchorText.WithoutWindowNotice("here" + string.Concat(System.Linq.Enumerable.Repeat(", external link", 4000))));
        Assert.True(watch.Elapsed.TotalSeconds < 5, $"{watch.Elapsed.TotalSeconds} s");
    }
}

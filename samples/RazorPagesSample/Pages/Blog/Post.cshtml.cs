using Microsoft.AspNetCore.Mvc.RazorPages;

namespace RazorPagesSample.Pages.Blog;

public record Comment(int Id, string Author, string AuthorUrl, string Text);

public class PostModel : PageModel
{
    public string Slug { get; private set; } = "hello";

    public string Title { get; private set; } = "Hello, links";

    public string Body { get; private set; } = "<p>Links are how search engines judge a site.</p>";

    public List<Comment> Comments { get; } = new()
    {
        new Comment(1, "Ada", "https://ada.example", "Great post!"),
        new Comment(2, "Linus", "https://linus.example", "Thanks."),
    };

    public List<string> GuestBook { get; } = new() { "https://visitor.example" };

    public void OnGet(string? slug)
    {
        Slug = slug ?? Slug;
    }
}

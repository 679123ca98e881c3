using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace RazorPagesSample.Pages;

public class PrivacyModel : PageModel
{
    public void OnGet()
    {
    }
}


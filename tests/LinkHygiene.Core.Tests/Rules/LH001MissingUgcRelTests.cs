using System.Linq;
using LinkHygiene.Tests.Infrastructure;

namespace LinkHygiene.Tests.Rules;

public class LH001MissingUgcRelTests
{
    private static readonly string[] Only = { "LH001" };

    [Theory]
    // markup zone
    [InlineData("<div data-link-zone=\"ugc\"><a {|LH001:href=\"https://spam.example/\"|}>Spam shop</a></div>")]
    [InlineData("<div data-link-zone=\"ugc\"><a href=\"https://x.example/\" rel=\"ugc\">X shop</a></div>")]
    [InlineData("<div data-link-zone=\"ugc\"><a href=\"https://x.example/\" rel=\"nofollow\">X shop</a></div>")]
    [InlineData("<div data-link-zone=\"ugc\"><a href=\"https://x.example/\" rel=\"noopener NOFOLLOW\">X shop</a></div>")]
    [InlineData("<div data-link-zone=\"ugc\"><a {|LH001:href=\"https://x.example/\"|} rel=\"noopener\">X shop</a></div>")]
    [InlineData("<div data-link-zone=\"ugc\"><a {|LH001:href=\"https://x.example/\"|} rel=\"sponsored\">X shop</a></div>")]
    // provably internal links, mailto and tel are exempt
    [InlineData("<div data-link-zone=\"ugc\"><a href=\"/about\">About us</a><a href=\"#c1\">Comment one</a><a href=\"mailto:a@b.example\">Mail us</a><a href=\"tel:+1\">Call us</a></div>")]
    [InlineData("<div data-link-zone=\"ugc\"><a href=\"../page\">Other page</a><a href=\"~/x\">X page</a><a href=\"\">This page</a></div>")]
    // protocol-relative is external
    [InlineData("<div class=\"comment\"><a {|LH001:href=\"//cdn.example/x\"|}>CDN file</a></div>")]
    // ... not a code highlighter's comment, in a listing (held-out review 143: DocBook's synopsis, Doxygen's source); a user's
    // comment holding a listing still is one
    [InlineData("<pre class=\"synopsis\">environ_t env; <span class=\"comment\">// set to <a href=\"http://pubs.opengroup.org/environ.html\">environ</a></span></pre><div class=\"fragment\"><div class=\"line\"><span class=\"comment\">// see <a href=\"https://gcc.gnu.org/x\">gcc</a></span></div></div><div class=\"comment\"><pre><a {|LH001:href=\"https://x.example/\"|}>X shop</a></pre></div>")]
    // zone ended by none; innermost wins
    [InlineData("<div data-link-zone=\"ugc\"><p data-link-zone=\"none\"><a href=\"https://x.example/\">X shop</a></p></div>")]
    [InlineData("<div data-link-zone=\"none\"><p class=\"comment\"><a {|LH001:href=\"https://x.example/\"|}>X shop</a></p></div>")]
    // schema.org microdata
    [InlineData("<article itemscope itemtype=\"https://schema.org/Comment\"><a {|LH001:href=\"http://x.example\"|}>X shop</a></article>")]
    [InlineData("<div itemtype=\"http://schema.org/Review\"><a {|LH001:href=\"http://x.example\"|}>X shop</a></div>")]
    [InlineData("<div itemtype=\"https://schema.org/Answer\"><span><a {|LH001:href=\"http://x.example\"|}>X shop</a></span></div>")]
    // ... not an FAQ's, which is the site's own (held-out review 103)
    [InlineData("<section itemscope itemtype=\"https://schema.org/FAQPage\"><div itemprop=\"mainEntity\" itemscope itemtype=\"https://schema.org/Question\"><div itemscope itemtype=\"https://schema.org/Answer\"><a href=\"https://maker.example/manual\">the maker's manual</a></div></div></section>")]
    [InlineData("<div itemtype=\"https://schema.org/Product\"><a href=\"http://x.example\">X shop</a></div>")]
    // a comment section's <noscript> is its widget's fallback, the site's words (held-out: beautiful-jekyll's Disqus
    // include); the comments around it are still a zone
    [InlineData("<div class=\"comments\"><div id=\"disqus_thread\"></div><noscript>Please enable JavaScript to view the <a href=\"https://disqus.com/?ref_noscript\">comments powered by Disqus.</a></noscript><a {|LH001:href=\"https://x.example\"|}>X shop</a></div>")]
    [InlineData("<div class=\"comments\"><noscript><div data-link-zone=\"ugc\"><a {|LH001:href=\"https://x.example\"|}>X shop</a></div></noscript></div>")]
    // another vocabulary's Comment is not schema.org's (held-out: Orchard's admin table of comments)
    [InlineData("<table><tr itemscope itemtype=\"http://orchardproject.net/data/Comment\"><td><a href=\"http://x.example\">X shop</a></td></tr></table>")]
    // default selectors
    [InlineData("<ul class=\"comments\"><li><a {|LH001:href=\"https://x.example\"|}>X shop</a></li></ul>")]
    [InlineData("<div class=\"user-content\"><a {|LH001:href=\"https://x.example\"|}>X shop</a></div>")]
    // a commenter's website written by PHP or a phpBB directive is a run-time destination (held-out: phpBB, WordPress-style themes)
    [InlineData("<div class=\"comment\"><a {|LH001:href=\"<?php comment_author_url(); ?>\"|}>Author</a></div>")]
    [InlineData("<div class=\"comment\"><a {|LH001:href=\"<!-- IF U_WWW -->{U_WWW}<!-- ENDIF -->\"|}>Website</a></div>")]
    [InlineData("<div class=\"forum-post\"><a {|LH001:href='https://x.example'|}>X shop</a></div>")]
    // a forum's signatures (held-out review 93: NodeBB's post-signature, XenForo's message-signature); not a bare
    // "signature", a documentation generator's function signature
    [InlineData("<div class=\"post-signature\"><a {|LH001:href=\"https://x.example\"|}>X shop</a></div><aside class=\"message-signature\"><a {|LH001:href=\"{{ u.site }}\"|}>Site</a></aside><span class=\"signature\"><a href=\"https://docs.python.org/3/library/functions.html#int\">int</a></span>")]
    [InlineData("<div class=\"comment-body x\"><a {|LH001:href=https://x.example|}>X shop</a></div>")]
    [InlineData("<div class=\"commentary\"><a href=\"https://x.example\">X shop</a></div>")]
    // zones the markup only suggests (issue 13): an itemprop, a schema.org type in any attribute, a class segment.
    // They ask for rel on literal external links only; a destination computed at run time needs a declared zone.
    [InlineData("<div itemprop=\"review\"><a {|LH001:href=\"https://x.example\"|}>X shop</a></div>")]
    [InlineData("<p itemprop=\"reviewBody\"><a {|LH001:href=\"https://x.example\"|}>X shop</a> <a href=\"{{ u }}\">Their site</a></p>")]
    [InlineData("<div attr-itemtype=\"https://schema.org/Comment\"><a {|LH001:href=\"https://x.example\"|}>X shop</a></div>")]
    [InlineData("<section class=\"blog-post-comments\"><a {|LH001:href=\"https://x.example\"|}>X shop</a></section>")]
    [InlineData("<ul class=\"review_list\"><li><a {|LH001:href=\"https://x.example\"|}>X shop</a><a href=\"/x\">Our page</a></li></ul>")]
    // a bare "reviews", which the default selectors do not hold, as "reviews-list" is (held-out review of UGC sections)
    [InlineData("<section class=\"reviews\"><a {|LH001:href=\"https://reviewer.example/\"|}>Reviewer</a> <a href=\"@Model.Url\">Their site</a></section><div class=\"Review card\"><a {|LH001:href=\"https://x.example\"|}>X shop</a></div><div class=\"preview\"><a href=\"https://y.example\">Y shop</a></div>")]
    [InlineData("<div class=\"post-comments\"><form><a href=\"https://commonmark.org/help/\">Formatting help</a></form><a {|LH001:href=\"https://x.example\"|}>X shop</a></div>")]
    [InlineData("<fieldset class=\"comment-form\"><a href=\"https://commonmark.org/help/\">Formatting help</a></fieldset>")]
    // ... and in one the selectors give, its written URLs are the site's (held-out review 93: a blog's comment form in
    // <section class="comments">, its textarea a helper's or a partial's), whose comments before and after it are still
    // theirs; what is computed in it is still the users' (code reviews: a moderation or quote form around the comments)
    [InlineData("<section class=\"comments\"><div class=\"comment\"><a {|LH001:href=\"{{ c.url }}\"|}>{{ c.author }}</a></div><form>@Html.TextAreaFor(m => m.Text)<a href=\"https://commonmark.org/help/\">Markdown help</a> <a href=\"https://gravatar.com\">Gravatar</a></form><a {|LH001:href=\"{{ last.url }}\"|}>{{ last.name }}</a></section>")]
    // (third code review) a URL computed on a known host, or the site's own route, is the form's too
    [InlineData("<section class=\"comments\"><form><a href=\"https://gravatar.com/{{ hash }}\">Gravatar</a> <a href=\"https://twitter.com/intent/tweet?url={{ page.url }}\">Share</a></form></section>")]
    [InlineData("<section class=\"comments\"><form method=\"post\"><input type=\"checkbox\" name=\"ids\"><div><a {|LH001:href=\"{{ c.url }}\"|}>{{ c.author }}</a></div><button>Delete</button></form></section><div class=\"forum-post\"><form><input type=\"text\" name=\"reason\"><a {|LH001:href=\"{{ post.author.site }}\"|}>{{ post.author.name }}</a></form></div>")]
    // a class for the site's chrome around comments is not a comment: a form, a count, an empty-list message, a page
    [InlineData("<div class=\"comment-form\"><a href=\"https://commonmark.org/help/\">Formatting help</a></div>")]
    [InlineData("<p class=\"no-comments\">Read the <a href=\"https://example.org/guidelines\">community guidelines</a>.</p>")]
    [InlineData("<span class=\"comments-count\"><a href=\"https://disqus.com/\">Powered by Disqus</a></span>")]
    [InlineData("<a class=\"btn fa fa-comments\" href=\"https://disqus.com/\">Discuss</a>")]
    // ... or a notice that none may be written, or their settings (held-out review 88: a blog's trackbacks-closed)
    [InlineData("<p class=\"comments-closed\">See <a href=\"https://example.org/policy\">our policy</a>.</p><p class=\"trackbacks-disabled\"><a href=\"https://example.org/why\">Why</a></p><div class=\"comment-settings\"><a href=\"https://example.org/help\">Help</a></div>")]
    [InlineData("<span class=\"glyphicon glyphicon-comment\"><a href=\"https://disqus.com/\">Discuss</a></span><i class=\"mdi mdi-comment\"><a href=\"https://x.example\">X</a></i><i class=\"la la-comments\"><a href=\"https://y.example\">Y</a></i><span class=\"octicon octicon-comment\"><a href=\"https://z.example\">Z</a></span>")]
    // ... or a comment in code: a documentation comment, Javadoc's deprecation note, a highlighted code comment (held-out
    // review 171: JDK Javadoc wraps every deprecation note in div.deprecation-comment)
    [InlineData("<div class=\"deprecation-comment\">as of 3.6, use commons-text <a href=\"https://commons.apache.org/proper/commons-text/\">AggregateTranslator</a> instead</div><div class=\"doc-comment\"><a href=\"https://x.example\">X</a></div><span class=\"hljs-comment\">// see <a href=\"https://y.example\">Y</a></span>")]
    // ... but a docs site's comments are its users' (code review 128: VitePress themes wrap Giscus in div.doc-comments)
    [InlineData("<div class=\"doc-comments\"><a {|LH001:href=\"https://x.example\"|}>X</a></div><div class=\"comments-doc\"><a {|LH001:href=\"https://y.example\"|}>Y</a></div>")]
    [InlineData("<div class=\"page product-reviews-page\"><a href=\"https://x.example\">X shop</a><div class=\"review-text\"><a {|LH001:href=\"https://y.example\"|}>Y shop</a></div></div>")]
    [InlineData("<div class=\"note-editor-preview\"><a href=\"https://x.example\">X shop</a></div>")]
    [InlineData("<div class=\"reviewer-card commentsbox\"><a href=\"https://x.example\">X shop</a></div>")]
    // camelCase names have parts too (held-out review 44: POPForums' qaComment holds a Q&A comment's HTML)
    [InlineData("<div class=\"qaComment\"><a {|LH001:href=\"https://x.example\"|}>X shop</a></div><span class=\"commentCount\"><a href=\"https://disqus.com/\">Powered by Disqus</a></span><div class=\"reviewerCard\"><a href=\"https://y.example\">Y shop</a></div>")]
    [InlineData("<div class=\"QAComment\"><a {|LH001:href=\"https://x.example\"|}>X shop</a></div><div class=\"qa2Comment\"><a {|LH001:href=\"https://y.example\"|}>Y shop</a></div><div class=\"HTMLCommentsCount\"><a href=\"https://z.example\">Z</a></div>")]
    // the site's own addresses, built by a template language's URL helper (a held-out review: ten false findings in a
    // Django forum's comment list); a variable that holds a URL is a user's
    [InlineData("<div class=\"comment\"><a href=\"{% url \"spirit:comment:delete\" c.pk %}\">Delete</a> <a href=\"{% url 'profile' user.pk %}\">Profile</a> <a href=\"{%- static 'x.png' %}\">Image</a></div>")]
    [InlineData("<div class=\"comment\"><a href=\"{{ url_for('forum.view_post', post_id=p.id) }}\">Post</a> <a href=\"{{ url('topic', pk=1) }}\">Topic</a> <a href=\"{% pageurl page %}\">Page</a></div>")]
    // Pyramid's route helpers (held-out review: PyPI's warehouse writes every internal link so) and Symfony's path() in Twig
    [InlineData("<div class=\"comment\"><a href=\"{{ request.route_path('accounts.profile', username=c.user) }}\">{{ c.user }}</a> <a href=\"{{ request.route_url('help') }}\">Help</a> <a href=\"{{ path('blog_post', {slug: p.slug}) }}\">Post</a></div>")]
    [InlineData("<div class=\"comment\"><a href=\"{{ SITEURL }}/{{ article.url }}\">Article</a> <a href=\"{{ site.baseurl }}{{ post.url }}\">Post</a> <a href=\"{{ '/about/' | relative_url }}\">About</a> <a href=\"{{ .RelPermalink }}\">Here</a></div>")]
    // ... of any page, with trim markers too (held-out review 79: a comment's permalink in beautifulhugo's Staticman block)
    [InlineData("<div class=\"comment\"><a href=\"{{ $.RelPermalink }}#comment-2\">#</a> <a href=\"{{- .Page.RelPermalink -}}\">Page</a> <a href=\"{{ $p.RelPermalink }}\">P</a> <a href=\"{{ .Site.Home.RelPermalink }}\">Home</a> <a href=\"{{ $.Site.BaseURL }}\">Base</a></div>")]
    // ... and Hugo's global site function (second code review)
    [InlineData("<div class=\"comment\"><a href=\"{{ site.Home.RelPermalink }}\">Home</a> <a href=\"{{ site.BaseURL }}\">Base</a> <a {|LH001:href=\"{{ site.Params.author.Permalink }}\"|}>Author</a></div>")]
    // ... but not a value of the site's data or a page's parameters that is named so (code review)
    [InlineData("<div class=\"comment\"><a {|LH001:href=\"{{ .Params.author.Permalink }}\"|}>Author</a> <a {|LH001:href=\"{{ .Site.Data.links.Permalink }}\"|}>Link</a></div>")]
    // Django's get_absolute_url and the comments framework's permalink tags (held-out: django-comments-xtd)
    [InlineData("<div class=\"comment\"><a href=\"{{ comment.content_object.get_absolute_url }}\">Story</a> <a href=\"{% get_comment_permalink comment %}\">#</a> <a href=\"{% get_xtdcomment_permalink comment page %}\">Link</a> <a href=\"{{ pathto('genindex') }}\">Index</a></div>")]
    [InlineData("<div class=\"comment\"><a {|LH001:href=\"{{ comment.url }}\"|}>{{ comment.name }}</a> <a {|LH001:href=\"{{ c.get_absolute_url_of_site }}\"|}>x</a></div>")]
    // ... and the other get_..._url methods a model reverses its pages' URLs with, and an object's permalink (held-out
    // review 115: askbot's comment.user.get_profile_url()); not a variable that merely holds a URL, nor a name that says it
    // is elsewhere, nor a social account's, whose get_profile_url is the provider's page (code reviews)
    [InlineData("<div class=\"comment\"><a href=\"{{ comment.user.get_profile_url() }}\">{{ comment.user.username }}</a> <a href=\"{{ comment.permalink }}\">#</a> <a href=\"{{ answer.get_edit_url }}\">Edit</a> <a href=\"{{ comment.get_reply_url() }}\">Reply</a> <a {|LH001:href=\"{{ comment.user.website }}\"|}>Site</a> <a {|LH001:href=\"{{ comment.profile_url }}\"|}>Profile</a>"
        + " <a {|LH001:href=\"{{ comment.user.socialaccount_set.all.0.get_profile_url }}\"|}>GitHub</a> <a {|LH001:href=\"{{ comment.author.get_website_url }}\"|}>Web</a>"
        + "{% for account in comment.user.socialaccount_set.all %}<a {|LH001:href=\"{{ account.get_profile_url }}\"|}>{{ account.provider }}</a>{% endfor %} <a {|LH001:href=\"{{ comment.author.get_twitter_url }}\"|}>Twitter</a> <a {|LH001:href=\"{{ comment.get_source_url }}\"|}>Source</a></div>")]
    // the current request's own URL in Django and Flask (held-out review 97: a comment's permalink), not its referrer, its
    // query, a URI built from an argument or changed by a filter
    [InlineData("<div class=\"comment\"><a href=\"{{ request.path }}#comment-{{ c.id }}\">#</a> <a href=\"{{ request.get_full_path }}\">#</a> <a href=\"{{ request.build_absolute_uri() }}\">#</a> <a href=\"{{ request.url }}#c{{ c.id }}\">#</a> <a href=\"{{- request.full_path -}}\">#</a></div>")]
    [InlineData("<div class=\"comment\"><a {|LH001:href=\"{{ request.referrer }}\"|}>Back</a> <a {|LH001:href=\"{{ request.GET.next }}\"|}>Next</a> <a {|LH001:href=\"{{ request.build_absolute_uri(c.url) }}\"|}>Theirs</a> <a {|LH001:href=\"{{ request.url | replace(request.host, c.host) }}\"|}>Mirror</a></div>")]
    // CKAN's url_for and url_for_static, through its template helpers object (held-out review 30)
    [InlineData("<div class=\"comment\"><a href=\"{{ h.url_for('dataset.read', id=pkg.name) }}\">Dataset</a> <a href=\"{{ h.url_for_static('/base/x.pdf') }}\">PDF</a> <a {|LH001:href=\"{{ h.link_for(x) }}\"|}>x</a></div>")]
    // Jinja calls the same method with parentheses (django-jinja, jingo: kitsune's answers, held-out review 27)
    [InlineData("<div class=\"comment\"><a href=\"{{ comment.get_absolute_url() }}\">Permalink</a> <a href=\"{{- answer.get_absolute_url( ) -}}\">Answer</a></div>")]
    [InlineData("<div class=\"comment\"><a {|LH001:href=\"{{ c.user.website }}\"|}>Their site</a> <a {|LH001:href=\"{{ url }}\"|}>Link</a> <a {|LH001:href=\"{{ urls.home }}\"|}>Home</a></div>")]
    // area links count
    [InlineData("<div class=\"ugc\"><map name=\"m\"><area {|LH001:href=\"https://x.example\"|} alt=\"X shop\"></map></div>")]
    // trackbacks and pingbacks are other sites' links, and WordPress's recent-comments widget lists commenters' (held-out
    // review 88)
    [InlineData("<ul class=\"trackbacks\"><li><a {|LH001:href=\"https://spam.example/\"|}>A post</a></li></ul><ol class=\"post-pingbacks\"><li><a {|LH001:href=\"https://x.example/\"|}>X</a></li></ol><ul class=\"recentcomments\"><li><a {|LH001:href=\"https://y.example/\"|}>Y</a> on <a href=\"/p/1\">a post</a></li></ul>")]
    // a comment section known by its id, WordPress's ol.commentlist, a guest book (held-out review 103); not a form in it,
    // nor a count
    [InlineData("<section id=\"comments\"><div><a {|LH001:href=\"https://spam.example/\"|}>Bob</a></div><form><a href=\"https://help.example/md\">Markdown help</a></form></section><ol class=\"commentlist\"><li><a {|LH001:href=\"https://y.example/\"|}>Al</a></li></ol><div class=\"guestbook-entry\"><a {|LH001:href=\"https://z.example/\"|}>Eve</a></div><span id=\"comments-count\"><a href=\"https://x.example/\">x</a></span>")]
    // ... but not a heading's id, which names its section, nor an item's numbered anchor, nor ids on a documentation
    // generator's page, where they name topics (held-out review 136: Erlang's and PostgreSQL's manuals); a class still
    // says so there
    [InlineData("<h3 id=\"comments\">Comments <a href=\"https://github.com/x/edit/doc.xml\">Edit</a></h3><h4 id=\"comment-1\">comment(C) <span id=\"ghlink-comment-1-id202\"><a href=\"https://github.com/x/edit/ct.xml\">Edit</a></span></h4><span id=\"ghlink-comments-id35\"><a href=\"https://github.com/x/edit/m.xml\">Edit</a></span>")]
    [InlineData("<meta name=\"generator\" content=\"DocBook XSL Stylesheets V1.79.2\"><div class=\"sect2\" id=\"sql-syntax-comments\"><a href=\"https://www.iso.org/standard/76583.html\">SQL standard</a></div><div class=\"comments\"><a {|LH001:href=\"https://spam.example/\"|}>Bob</a></div>")]
    [InlineData("<div id=\"sql-syntax-comments\"><a {|LH001:href=\"https://www.iso.org/standard/76583.html\"|}>SQL standard</a></div>")]
    // a comment's own number is no generated anchor (code review 115)
    [InlineData("<div id=\"comment-7\"><a {|LH001:href=\"https://alice.example/\"|}>Alice</a></div><div id=\"review_18\"><a {|LH001:href=\"https://bob.example/\"|}>Bob</a></div>")]
    // outside zones nothing
    [InlineData("<a href=\"https://x.example\">X shop</a>")]
    public void Html(string markup) => EngineAssert.Findings("page.html", markup, only: Only);

    // What a class value suggests is remembered (pages repeat a few values thousands of times): the same answer the second
    // time, and after thousands of other values have taken the places it was remembered in.
    [Theory]
    [InlineData(0)]
    [InlineData(5000)]
    public void ClassesSuggestTheSameZoneEachTime(int distinctClassesBefore)
    {
        var before = string.Concat(Enumerable.Range(0, distinctClassesBefore).Select(i => $"<p class=\"c{i}\">x</p>"));
        EngineAssert.Findings(
            "page.html",
            before + "<div class=\"post-comments\"><a {|LH001:href=\"https://x.example/\"|}>X shop</a></div><div class=\"ad-banner\"><a {|LH002:href=\"https://y.example/\"|}>Y shop</a></div>"
            + "<div class=\"post-comments\"><a {|LH001:href=\"https://z.example/\"|}>Z shop</a></div><div class=\"ad-banner\"><a {|LH002:href=\"https://w.example/\"|}>W shop</a></div><p class=\"c1\"><a href=\"https://v.example/\">V shop</a></p>"
            // (a value of the same length, first, middle and last letters as post-comments: its place, not its answer)
            + "<p class=\"pxxxxxoxxxnxs\"><a href=\"https://u.example/\">U shop</a></p>",
            only: new[] { "LH001", "LH002" });
    }

    [Theory]
    // a link to the host the page declares as its own (its canonical link or og:url) is the site's: a comment's
    // permalink and the recent comments' links back to the posts, absolute in a WordPress export (held-out review 110)
    [InlineData("<html><head><link rel=\"canonical\" href=\"https://blog.example.com/2016/11/post/\"></head><body><ol class=\"commentlist\"><li><div class=\"comment-metadata\"><a href=\"https://blog.example.com/2016/11/post/#comment-12\">May 2</a></div><a {|LH001:href=\"https://spam.example/\"|}>Ann</a></li></ol></body></html>")]
    [InlineData("<html><head><meta property=\"og:url\" content=\"https://www.blog.example.com/\"></head><body><div class=\"comments\"><a href=\"https://blog.example.com/about/\">About</a> <a href=\"http://WWW.blog.example.com/x\">X</a> <a {|LH001:href=\"https://example.com/\"|}>Parent</a></div></body></html>")]
    // ... the literal start of a layout's canonical link, og:url written with name= (second code review)
    [InlineData("<html><head><link rel=\"canonical\" href=\"https://blog.example.com/posts/{{ page.slug }}\"></head><body><div class=\"comments\"><a href=\"https://blog.example.com/x#comment-1\">X</a></div></body></html>")]
    [InlineData("<html><head><meta name=\"og:url\" content=\"https://blog.example.com/\"></head><body><div class=\"comments\"><a href=\"https://blog.example.com/x\">X</a></div></body></html>")]
    [InlineData("<html><head><meta name=\"twitter:url\" property=\"og:url\" content=\"https://blog.example.com/\"></head><body><div class=\"comments\"><a href=\"https://blog.example.com/x\">X</a></div></body></html>")]
    // ... not one computed at run time, nor one another page's head declares
    [InlineData("<html><head><link rel=\"canonical\" href=\"{{ page.url }}\"></head><body><div class=\"comments\"><a {|LH001:href=\"https://blog.example.com/x\"|}>X</a></div></body></html>")]
    // Disqus's attribution is the widget's own, as its <noscript> fallback is (held-out review 110)
    [InlineData("<section class=\"comments\"><div id=\"disqus_thread\"></div><a href=\"https://disqus.com\" class=\"dsq-brlink\">comments powered by <span class=\"logo-disqus\">Disqus</span></a> <a {|LH001:href=\"https://disqus.com/by/spammer/\"|}>spammer</a></section>")]
    public void TheSitesOwnLinksInCommentSections(string markup) => EngineAssert.Findings("page.html", markup, only: Only);

    // Thymeleaf's link expressions are the site's own paths (held-out review 120: a blog's comment pages), unless they
    // name a host or start with a value; a literal substitution reads its text
    [Theory]
    [InlineData("<section class=\"comments\"><a th:href=\"@{/blog/1}\">1</a> <a th:href=\"@{/blog/{id}(id=${post.id})}\">Post</a> <a th:href=\"@{'/blog/' + ${post.id} + '?commentPage=2'}\">2</a> <a data-th-href=\"@{/blog/{id}(id=${post.id},commentPage=2)}\">3</a>"
        + " <a th:href=\"|/blog/${post.id}|\">4</a> <a th:href=\"@{${first}?'##':'/blog/'+${id}+'?commentPage=' + ${page - 1}+'#comments'}\">&laquo;</a> <a th:href=\"${first} ? @{/a} : @{/b}\">B</a> <a th:href=\"${c.first ? '/a' : '/b'}\">C</a>"
        + " <a {|LH001:th:href=\"@{${comment.website}}\"|} th:text=\"${comment.author}\">Author</a> <a {|LH001:th:href=\"${comment.website}\"|}>Site</a> <a {|LH001:th:href=\"@{https://spam.example/}\"|}>Spam</a>"
        + " <a {|LH001:th:href=\"@{//cdn.example/x}\"|}>CDN</a> <a {|LH001:th:href=\"${first} ? @{/a} : ${comment.website}\"|}>Either</a></section>")]
    public void ThymeleafLinkExpressions(string markup) => EngineAssert.Findings("src/main/resources/templates/detail.html", markup, only: Only);

    [Theory]
    // a commenter's URL: dynamic href is the classic case
    [InlineData("<div class=\"comment\"><a {|LH001:href=\"@comment.AuthorUrl\"|}>@comment.Author</a></div>")]
    [InlineData("<div class=\"comment\"><a {|LH001:href=\"@(comment.AuthorUrl)\"|}>Author site</a></div>")]
    // a literal prefix keeps what it proves
    [InlineData("<div class=\"comment\"><a {|LH001:href=\"https://x.example/@comment.Id\"|}>Author site</a></div>")]
    [InlineData("<div class=\"comment\"><a href=\"/users/@comment.Id\">Author page</a></div>")]
    [InlineData("<div class=\"comment\"><a href=\"#c-@comment.Id\">Permalink</a></div>")]
    // a C# string's start is read: a script (held-out: YAFNET's "thanks" link) or a path is not a commenter's URL
    [InlineData("<div class=\"comment\"><a href=\"@($\"javascript:addThanks({Model.Id});\")\">Thank</a></div>")]
    [InlineData("<div class=\"comment\"><a href=\"@(\"/users/\" + c.Id)\">Author page</a></div>")]
    [InlineData("<div class=\"comment\"><a {|LH001:href=\"@($\"https://x.example/{c.Id}\")\"|}>X shop</a></div>")]
    // URL helpers and tag helpers are internal
    [InlineData("<div class=\"comment\"><a href=\"@Url.Action(\"Profile\", new { id = c.Id })\">Profile</a></div>")]
    [InlineData("<div class=\"comment\"><a href=\"@Url.Page(\"/Users/Profile\")\">Profile</a><a asp-page=\"/Users/Profile\" asp-route-id=\"@c.Id\">Profile</a></div>")]
    // the current request's own URL is this site's (held-out review 88: a comment's permalink); its referrer and query
    // are not
    [InlineData("<div class=\"comment\"><a href=\"@Request.Url.AbsoluteUri?comment-@c.Id\">#</a> <a href=\"@Context.Request.Path\">This</a> <a href=\"@Request.RawUrl\">This</a> <a {|LH001:href=\"@Request.UrlReferrer\"|}>Back</a> <a {|LH001:href=\"@Request.Query[&quot;u&quot;]\"|}>Theirs</a></div>")]
    // MVC 5's HttpContext.Current too; a part of the URL made into another is not the page's (third code review)
    [InlineData("<div class=\"comment\"><a href=\"@HttpContext.Current.Request.Url.AbsoluteUri#c-@c.Id\">#</a> <a {|LH001:href=\"@Request.Url.Scheme://@c.Website\"|}>Site</a> <a {|LH001:href=\"@Request.Url.AbsoluteUri.Replace(Request.Url.Host, c.Host)\"|}>Mirror</a></div>")]
    // a dynamic rel counts as satisfied
    [InlineData("<div class=\"comment\"><a href=\"@c.Url\" rel=\"@rel\">Author site</a></div>")]
    [InlineData("<div class=\"comment\"><a href=\"@c.Url\" rel=\"ugc @extra\">Author site</a></div>")]
    // the whole-file zone
    [InlineData("<a {|LH001:href=\"https://x.example\"|}>X shop</a>", "link_hygiene.zone = ugc")]
    [InlineData("<div data-link-zone=\"none\"><a href=\"https://x.example\">X shop</a></div>", "link_hygiene.zone = ugc")]
    // custom selectors replace the defaults
    [InlineData("<div class=\"comment\"><a href=\"https://x.example\">X shop</a></div><div id=\"thread\"><a {|LH001:href=\"https://y.example\"|}>Y shop</a></div>", "link_hygiene.ugc_selectors = [id=thread]")]
    // site hosts are internal
    [InlineData("<div class=\"comment\"><a href=\"https://www.example.com/x\">Our page</a></div>", "link_hygiene.site_hosts = example.com, *.example.com")]
    // in a zone the markup only suggests, a run-time destination is not reported (it needs a declared zone)
    [InlineData("<div class=\"post-comments\"><a href=\"@c.AuthorUrl\">@c.Author</a> <a {|LH001:href=\"https://x.example/@c.Id\"|}>X shop</a></div>")]
    [InlineData("<div class=\"post-comments\"><div class=\"comment\"><a {|LH001:href=\"{{ c.url }}\"|}>{{ c.author }}</a></div></div>")]
    // a class written literally beside run-time ones still suggests the section (held-out review 56: POPForums' Q&A
    // comment always carries a state class); a class with a run-time part in it is not read
    [InlineData("<div class=\"@if (c.IsDeleted) {<text>bg-warning</text>} card qaComment ms-3 @(c.IsNew ? \"newPostBlock\" : \"\")\"><a {|LH001:href=\"https://x.example\"|}>X shop</a></div>")]
    [InlineData("<div class=\"review-text @cls\"><a {|LH001:href=\"https://x.example\"|}>X shop</a></div>")]
    [InlineData("<div class=\"comment-@kind card\"><a href=\"https://x.example\">X shop</a></div><div class=\"@(c.Own ? \"comment-form\" : \"\") card\"><a href=\"https://y.example\">Y shop</a></div>")]
    // a form written by MVC's or Umbraco's helpers is a form too (code review of stop 50: a comment form's help link in
    // <div class="comments">), whose computed URLs are still the users'; a using statement that writes no form is not one,
    // and a section that starts inside the form is the users' as inside a <form>
    [InlineData("<div class=\"comments\"><a {|LH001:href=\"@c.Url\"|}>@c.Name</a>@using (Html.BeginForm(\"Add\", \"Comments\"))\n{\n    @Html.TextAreaFor(m => m.Body)\n    <a href=\"https://commonmark.org/help/\">Markdown help</a> <a {|LH001:href=\"@c.Website\"|}>@c.Name</a>\n}\n<a {|LH001:href=\"@last.Url\"|}>@last.Name</a></div>")]
    [InlineData("<div class=\"comments\">@using (Ajax.BeginForm(\"Add\", new AjaxOptions())) { <p><a href=\"https://commonmark.org/help/\">Help</a></p> }@using (Html.BeginRouteForm(\"comments\")) { <a href=\"https://x.example/help\">Help</a> }@using (Html.BeginUmbracoForm<CommentController>(\"Add\")) { <a href=\"https://y.example/help\">Help</a> }</div>")]
    [InlineData("<div class=\"comments\">@using (Html.BeginCollectionItem(\"x\")) { <a {|LH001:href=\"https://x.example\"|}>X shop</a> }</div>@using (Html.BeginForm()) { <div class=\"comments\"><p><a {|LH001:href=\"https://y.example\"|}>Y shop</a></p></div> }")]
    // ... in a code block too (code review: a comment form shown to signed-in users only, a reply form in each comment)
    [InlineData("<div class=\"comments\">@if (User.Identity.IsAuthenticated) {\n    using (Html.BeginForm(\"Add\", \"Comments\")) {\n        <p>Use <a href=\"https://commonmark.org/help/\">Markdown</a></p>\n    }\n} else { <a {|LH001:href=\"https://x.example/\"|}>X shop</a> }</div>")]
    [InlineData("<div class=\"comments\">@foreach (var c in Model) {\n    <a {|LH001:href=\"@c.Url\"|}>@c.Name</a>\n    using (Ajax.BeginForm(\"Reply\", new AjaxOptions())) { <a href=\"https://commonmark.org/help/\">Help</a> }\n}\n@{ using (var x = Html.BeginScope()) { <a {|LH001:href=\"https://y.example/\"|}>Y shop</a> } }</div>")]
    public void Razor(string markup, params string[] options) => EngineAssert.Findings("Pages/Index.cshtml", markup, options, Only);

    // Blazor's EditForm renders a form (code review of stop 50), and so do the component libraries' forms
    [Theory]
    [InlineData("EditForm")]
    [InlineData("MudForm")]
    [InlineData("FluentEditForm")]
    [InlineData("RadzenTemplateForm")]
    public void EditFormIsAForm(string form) => EngineAssert.Findings(
        "Shared/Comments.razor",
        $"<section class=\"comments\"><a {{|LH001:href=\"@c.AuthorUrl\"|}}>@c.Author</a><{form} Model=\"NewComment\"><InputTextArea @bind-Value=\"NewComment.Body\" /><a href=\"https://commonmark.org/help/\">Markdown help</a></{form}></section>",
        only: Only);

    [Fact]
    public void ReportsQuotedUrlAndAdvice()
    {
        var findings = EngineAssert.Findings(
            "page.html",
            "<div class=\"ugc\"><a {|LH001:href=\"https://spam.example/\"|}>Spam shop</a></div>",
            only: Only);
        Assert.Equal("Link to 'https://spam.example/' in a user-generated section needs rel=\"ugc\" or rel=\"nofollow\"", Assert.Single(findings).Message);
    }
}

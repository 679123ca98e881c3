using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using LinkHygiene.Cli.Tests.Infrastructure;
using LinkHygiene.Rules;

namespace LinkHygiene.Cli.Tests;

/// <summary>--format sarif: valid SARIF 2.1.0 that GitHub code scanning ingests, with rules, help, fingerprints and fixes.</summary>
public sealed class SarifTests
{
    private static JsonDocument Sarif(string folder, string output, params string[] paths)
    {
        var run = Tool.Run(folder, paths.Concat(new[] { "--format", "sarif", "--output", output, "--fail-on", "none" }).ToArray());
        Assert.True(run.ExitCode == 0, run.ToString());
        return JsonDocument.Parse(File.ReadAllText(output));
    }

    [Fact]
    public void SampleReport_IsValid_AndCarriesRulesResultsFingerprintsAndFixes()
    {
        using var temp = new TempFolder();
        var output = temp.Full("sample.sarif");
        using var sarif = Sarif(RepositoryFiles.PathOf("samples", "RazorPagesSample"), output);

        Assert.Empty(SarifValidator.Instance.Validate(output));
        var run = sarif.RootElement.GetProperty("runs").EnumerateArray().Single();
        Assert.Equal("utf16CodeUnits", run.GetProperty("columnKind").GetString());

        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(RuleCatalog.Descriptors.Select(d => d.Id), rules.Select(r => r.GetProperty("id").GetString()));
        foreach (var (rule, descriptor) in rules.Zip(RuleCatalog.Descriptors))
        {
            Assert.Equal(descriptor.Title, rule.GetProperty("shortDescription").GetProperty("text").GetString());
            Assert.Equal(descriptor.Description, rule.GetProperty("fullDescription").GetProperty("text").GetString());
            Assert.Equal(descriptor.HelpLink, rule.GetProperty("helpUri").GetString());
            Assert.StartsWith("# " + descriptor.Id, rule.GetProperty("help").GetProperty("markdown").GetString());
            Assert.Matches("^[A-Z][A-Za-z]+$", rule.GetProperty("name").GetString());
        }

        var root = new Uri(run.GetProperty("originalUriBaseIds").GetProperty("SRCROOT").GetProperty("uri").GetString()!);
        Assert.Equal(RepositoryFiles.Root.TrimEnd('/') + "/", root.LocalPath);
        var results = run.GetProperty("results").EnumerateArray().ToList();
        var described = results.Select(r =>
        {
            var location = r.GetProperty("locations")[0].GetProperty("physicalLocation");
            var artifact = location.GetProperty("artifactLocation");
            Assert.Equal("SRCROOT", artifact.GetProperty("uriBaseId").GetString());
            var file = new Uri(root, artifact.GetProperty("uri").GetString());
            Assert.True(File.Exists(file.LocalPath), file.LocalPath);
            Assert.Equal(r.GetProperty("ruleId").GetString(), rules[r.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
            var region = location.GetProperty("region");
            var where = Path.GetRelativePath(RepositoryFiles.PathOf("samples", "RazorPagesSample"), file.LocalPath).Replace('\\', '/');
            return $"{where}({region.GetProperty("startLine").GetInt32()},{region.GetProperty("startColumn").GetInt32()}): {r.GetProperty("level").GetString()} {r.GetProperty("ruleId").GetString()}";
        });
        Assert.Equal(CommandLineTests.SampleReport("note"), described);

        foreach (var result in results)
        {
            var fingerprints = result.GetProperty("partialFingerprints");
            Assert.Matches("^[0-9a-f]+:[0-9]+$", fingerprints.GetProperty("primaryLocationLineHash").GetString());
            Assert.Matches("^[0-9a-f]{32}:[0-9]+$", fingerprints.GetProperty("linkHygiene/v1").GetString());
        }

        var lh001 = results.First(r => r.GetProperty("ruleId").GetString() == "LH001");
        var fix = lh001.GetProperty("fixes").EnumerateArray().Single();
        Assert.Equal("Add \"ugc\" to rel", fix.GetProperty("description").GetProperty("text").GetString());
        var replacement = fix.GetProperty("artifactChanges")[0].GetProperty("replacements")[0];
        Assert.Equal(" rel=\"ugc\"", replacement.GetProperty("insertedContent").GetProperty("text").GetString());
        Assert.Equal(25, replacement.GetProperty("deletedRegion").GetProperty("startLine").GetInt32());
        Assert.Equal(41, replacement.GetProperty("deletedRegion").GetProperty("startColumn").GetInt32());
        Assert.False(results.Single(r => r.GetProperty("ruleId").GetString() == "LH011").TryGetProperty("fixes", out _));
    }

    [Fact]
    public void Validator_CatchesWhatCodeScanningWouldReject()
    {
        // The checks above are only worth something if the validator fails on bad SARIF: break a good file three ways.
        using var temp = new TempFolder();
        var good = temp.Full("good.sarif");
        using (Sarif(RepositoryFiles.PathOf("samples", "RazorPagesSample"), good))
        {
        }

        var text = File.ReadAllText(good);
        var badLevel = temp.Write("bad-level.sarif", text.Replace("\"level\": \"warning\"", "\"level\": \"critical\""));
        var withoutHelp = System.Text.Json.Nodes.JsonNode.Parse(text)!;
        foreach (var rule in withoutHelp["runs"]![0]!["tool"]!["driver"]!["rules"]!.AsArray())
        {
            rule!.AsObject().Remove("help");
        }

        var noHelp = temp.Write("no-help.sarif", withoutHelp.ToJsonString());
        var absoluteUri = temp.Write("absolute-uri.sarif", text.Replace("\"uri\": \"samples/", "\"uri\": \"file:///samples/"));

        Assert.Contains(SarifValidator.Instance.Validate(badLevel), p => p.StartsWith("schema:", StringComparison.Ordinal));
        Assert.Contains(SarifValidator.Instance.Validate(noHelp), p => p.Contains("GH", StringComparison.Ordinal));
        Assert.Contains(SarifValidator.Instance.Validate(absoluteUri), p => p.Contains("SARIF1004", StringComparison.Ordinal));
    }

    [Fact]
    public void Fingerprints_SurviveLinesMoving()
    {
        using var site = new TempFolder();
        const string body = "<div class=\"comment\">\n  <a href=\"https://a.example\">Alice's site</a>\n  <a href=\"https://b.example\">Bob's site</a>\n</div>\n<a href=\"/x\">click here</a>\n";
        site.Write("page.html", body);
        using var before = Sarif(site.Path, site.Full("before.sarif"));
        site.Write("page.html", "<h1>A new heading</h1>\n\n<p>And a new paragraph pushing everything down.</p>\n" + body);
        using var after = Sarif(site.Path, site.Full("after.sarif"));

        static string[] Prints(JsonDocument d, string key) => d.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("partialFingerprints").GetProperty(key).GetString()!).ToArray();
        static int[] Lines(JsonDocument d) => d.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32()).ToArray();

        Assert.Equal(new[] { 2, 3, 5 }, Lines(before));
        Assert.Equal(new[] { 5, 6, 8 }, Lines(after));
        Assert.Equal(Prints(before, "linkHygiene/v1"), Prints(after, "linkHygiene/v1"));
        Assert.Equal(Prints(before, "primaryLocationLineHash"), Prints(after, "primaryLocationLineHash"));
        Assert.Equal(3, Prints(before, "linkHygiene/v1").Distinct().Count());
    }

    [Fact]
    public void Fingerprints_HashRuleFileCompactLineAndMessage_AndCountEqualOnes()
    {
        // Two findings on each of two lines that differ only in white space: one identity, counted 1 to 4.
        using var site = new TempFolder();
        const string line = "<a href=\"/x\">click here</a> <a href=\"/y\">click here</a>";
        site.Write("page.html", line + "\n\t" + line.Replace("> <", ">  <", StringComparison.Ordinal) + "\n");
        using var sarif = Sarif(site.Path, site.Full("out.sarif"));
        var results = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToArray();
        var message = results[0].GetProperty("message").GetProperty("text").GetString()!;
        var hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(
            string.Join("\u0000", "LH010", "page.html", line.Replace(" ", string.Empty, StringComparison.Ordinal), message))), 0, 16).ToLowerInvariant();
        Assert.Equal(
            Enumerable.Range(1, 4).Select(n => $"{hash}:{n}"),
            results.Select(r => r.GetProperty("partialFingerprints").GetProperty("linkHygiene/v1").GetString()));
    }

    [Fact]
    public void BrokenAndEmptyInputs_StillGiveValidSarif()
    {
        using var site = new TempFolder();
        site.WriteBytes("binary.html", new byte[] { 0, 1, 2, 0xFF, 0xFE, 0, 0x89 });
        site.Write("unclosed.cshtml", "@{ var x = 1;\n<a href=\"/x\">Read more</a>\n");
        site.Write("a folder with spaces/ümlaut page.html", "<a href=\"#\">Menu</a>");
        var output = site.Full("broken.sarif");
        using var sarif = Sarif(site.Path, output);

        Assert.Empty(SarifValidator.Instance.Validate(output));
        var uris = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString())
            .ToHashSet();
        Assert.Contains("a%20folder%20with%20spaces/%C3%BCmlaut%20page.html", uris);
        Assert.Contains("binary.html", uris);

        using var empty = new TempFolder();
        empty.Write("ok.html", "<a href=\"/about\">About us</a>");
        var clean = empty.Full("clean.sarif");
        using var cleanSarif = Sarif(empty.Path, clean);
        Assert.Empty(SarifValidator.Instance.Validate(clean));
        Assert.Equal(0, cleanSarif.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength());
    }
}

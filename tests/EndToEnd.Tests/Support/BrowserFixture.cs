using Microsoft.Playwright;

namespace Requisition.EndToEnd.Tests.Support;

/// <summary>
/// One web app server and one headless chromium for the end-to-end tests (a collection: they run one after the
/// other). Each test opens browser contexts of its own, so no cookie or language choice passes between tests.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private AppServer? _server;

    public AppServer Server => _server ?? throw new InvalidOperationException("the server has not started");

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("the browser has not started");

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        _browser = await Chromium.LaunchAsync(_playwright);
        _server = await AppServer.StartAsync();
    }

    /// <summary>A fresh browser profile that asks for Bahasa Indonesia, as a district user's browser would.</summary>
    public Task<IBrowserContext> NewContextAsync() => Browser.NewContextAsync(new BrowserNewContextOptions
    {
        BaseURL = Server.BaseUrl,
        Locale = "id",
        ViewportSize = new ViewportSize { Width = 1366, Height = 900 },
    });

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.CloseAsync();
        _playwright?.Dispose();
        if (_server is not null) await _server.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}

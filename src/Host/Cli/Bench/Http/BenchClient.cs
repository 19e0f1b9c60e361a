using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Requisition.Host.Web.Api;

namespace Requisition.Host.Cli.Bench.Http;

/// <summary>
/// The benchmark's side of the wire: calls to the REST API with an API token, and a browser-like session (cookie sign-in
/// through the form) for pages. Every call reads the whole answer; a failed call ends the run with what the server said.
/// </summary>
public sealed partial class BenchClient(string address) : IDisposable
{
    private readonly HttpClient _api = new(new SocketsHttpHandler { UseCookies = false }) { BaseAddress = new Uri(address) };

    public async Task<T> GetAsync<T>(string token, string path) =>
        await ReadAsync<T>(await SendAsync(Request(HttpMethod.Get, path, token, null)));

    public async Task<T> SendAsync<T>(HttpMethod method, string token, string path, object body) =>
        await ReadAsync<T>(await SendAsync(Request(method, path, token, body)));

    /// <summary>Sends and reads the whole answer, timing both: the time a client waits for the result.</summary>
    public async Task<(T Result, double Milliseconds)> TimedAsync<T>(HttpMethod method, string token, string path, object body)
    {
        var request = Request(method, path, token, body);
        var started = Stopwatch.GetTimestamp();
        var response = await SendAsync(request);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"{method} {path} answered {(int)response.StatusCode}: {System.Text.Encoding.UTF8.GetString(bytes)}");
        return (System.Text.Json.JsonSerializer.Deserialize<T>(bytes, ApiJson.Options)!, elapsed);
    }

    /// <summary>A client holding the sign-in cookie of <paramref name="user"/>, signed in through the sign-in form.</summary>
    public static async Task<HttpClient> SignInAsync(string address, string user, string password)
    {
        var client = new HttpClient(new SocketsHttpHandler { UseCookies = true, CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = new Uri(address),
        };
        var form = await client.GetStringAsync("/account/sign-in");
        var token = TokenField().Match(form);
        if (!token.Success) throw new InvalidOperationException("the sign-in page has no anti-forgery token");
        var response = await client.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = user,
            ["Password"] = password,
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
        }));
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"signing in as {user} answered {(int)response.StatusCode}");
        return client;
    }

    public void Dispose() => _api.Dispose();

    private Task<HttpResponseMessage> SendAsync(HttpRequestMessage request) => _api.SendAsync(request);

    private static HttpRequestMessage Request(HttpMethod method, string path, string token, object? body)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null) request.Content = JsonContent.Create(body, body.GetType(), options: ApiJson.Options);
        return request;
    }

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.PathAndQuery} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<T>(ApiJson.Options))!;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}

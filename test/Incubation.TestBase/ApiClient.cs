using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Incubation;

/// <summary>
/// An HTTP client that behaves like the Angular app: it fetches the application configuration (which issues the
/// XSRF cookie) and sends the token back in X-XSRF-TOKEN on unsafe requests.
/// </summary>
public sealed class ApiClient(HttpClient http) : IDisposable
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    public HttpClient Http { get; } = http;

    public async Task RefreshXsrfTokenAsync()
    {
        using var response = await Http.GetAsync("/api/app/application-configuration");
        response.EnsureSuccessStatusCode();
        SetTokenFrom(response);
    }

    /// <summary>Signs in and returns the login response (204 on success).</summary>
    public async Task<HttpResponseMessage> LoginAsync(string userName, string password)
    {
        await RefreshXsrfTokenAsync();
        var response = await Http.PostAsJsonAsync("/api/account/login", new { userNameOrEmailAddress = userName, password, rememberMe = false });
        SetTokenFrom(response);
        return response;
    }

    public async Task LoginOrFailAsync(string userName, string password)
    {
        using var response = await LoginAsync(userName, password);
        if (response.StatusCode != HttpStatusCode.NoContent)
        {
            throw new InvalidOperationException($"Login of {userName} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    public Task<HttpResponseMessage> GetAsync(string url) => Http.GetAsync(url);

    public Task<HttpResponseMessage> PostAsync<T>(string url, T body) => Http.PostAsJsonAsync(url, body, Json);

    public Task<HttpResponseMessage> PutAsync<T>(string url, T body) => Http.PutAsJsonAsync(url, body, Json);

    public Task<HttpResponseMessage> DeleteAsync(string url) => Http.DeleteAsync(url);

    public async Task<T> ReadAsync<T>(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{(int)response.StatusCode}: {body}");
        }

        return JsonSerializer.Deserialize<T>(body, Json)!;
    }

    public async Task<T> GetFromJsonAsync<T>(string url) => await ReadAsync<T>(await Http.GetAsync(url));

    public void Dispose() => Http.Dispose();

    private void SetTokenFrom(HttpResponseMessage response)
    {
        if (!response.Headers.TryGetValues("Set-Cookie", out var cookies))
        {
            return;
        }

        foreach (var cookie in cookies.Where(c => c.StartsWith(XsrfCookie.CookieName + "=", StringComparison.Ordinal)))
        {
            var value = cookie[(XsrfCookie.CookieName.Length + 1)..].Split(';')[0];
            Http.DefaultRequestHeaders.Remove(XsrfCookie.HeaderName);
            Http.DefaultRequestHeaders.Add(XsrfCookie.HeaderName, Uri.UnescapeDataString(value));
        }
    }
}

using Requisition.Host.Cli;
using Requisition.Host.Web;

// No verb (or "serve"): the web app and REST API. Any other verb: the command line.
if (WebApp.IsWebCommand(args, out var webArgs))
{
    await using var app = WebApp.Build(webArgs);
    await app.RunAsync();
    return 0;
}
return CommandLine.Run(args, Console.Out, Console.Error);

/// <summary>The entry point, named for WebApplicationFactory in the tests.</summary>
public partial class Program;

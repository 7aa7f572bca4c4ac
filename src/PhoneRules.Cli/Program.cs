using PhoneRules.Cli;
using PhoneRules.Analysis;

// Compiling the rules is most of a cold start: begin it on the second core while the arguments are parsed
// and the catalog is loaded.
if (args.Length > 0 && args[0] is "analyze" or "report")
{
    RuleRunner.PrepareInBackground();
}

return PhoneRulesApp.Run(args, CliConsole.FromSystem());

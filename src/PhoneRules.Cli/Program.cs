using PhoneRules.Cli;

// Nothing is loaded before the arguments are parsed: the commands that analyse start compiling the rules
// (RuleRunner.PrepareInBackground) once they know they will, while they read the catalog.
return PhoneRulesApp.Run(args, CliConsole.FromSystem());

using PhoneRules.Cli;

return PhoneRulesApp.Run(args, CliConsole.FromSystem());

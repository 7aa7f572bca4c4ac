using System.Linq;

namespace PhoneRules.Schema;

/// <summary>The first way a file's schema differs from the compiled one, said so a person can find it: what, and where in the file.</summary>
internal static class SchemaDifference
{
    public static (string What, SourceSpan Where) First(CatalogSchema file, CatalogSchema compiled)
    {
        var top = file.Span;
        if (file.Namespace != compiled.Namespace)
        {
            return ($"its namespace is '{file.Namespace}', the compiled one '{compiled.Namespace}'", top);
        }

        foreach (var fileEnum in file.Enums)
        {
            if (compiled.FindEnum(fileEnum.Name) is not { } compiledEnum)
            {
                return ($"enum '{fileEnum.Name}' is not in the compiled schema", fileEnum.Span);
            }

            var extra = fileEnum.Members.Select(m => m.Name).Except(compiledEnum.Members.Select(m => m.Name)).FirstOrDefault();
            var missing = compiledEnum.Members.Select(m => m.Name).Except(fileEnum.Members.Select(m => m.Name)).FirstOrDefault();
            if (extra is not null)
            {
                return ($"enum '{fileEnum.Name}' has the value '{extra}', which the compiled schema lacks", fileEnum.Span);
            }

            if (missing is not null || !fileEnum.Members.Select(m => m.Name).SequenceEqual(compiledEnum.Members.Select(m => m.Name)))
            {
                return (missing is null ? $"enum '{fileEnum.Name}' lists its values in another order" : $"enum '{fileEnum.Name}' lacks the value '{missing}' of the compiled schema", fileEnum.Span);
            }
        }

        if (compiled.Enums.FirstOrDefault(e => file.FindEnum(e.Name) is null) is { } lostEnum)
        {
            return ($"it lacks the enum '{lostEnum.Name}' of the compiled schema", top);
        }

        foreach (var (fileType, compiledType) in file.Types.Select(t => (t, compiled.FindType(t.Name))).Append((file.Settings, compiled.Settings)))
        {
            var what = fileType == file.Settings ? "the settings" : $"type '{fileType.Name}'";
            if (compiledType is null)
            {
                return ($"{what} is not in the compiled schema", fileType.Span);
            }

            if (fileType.Plural != compiledType.Plural)
            {
                return ($"{what} has the plural '{fileType.Plural}', the compiled schema '{compiledType.Plural}'", fileType.Span);
            }

            foreach (var field in fileType.Fields)
            {
                if (compiledType.FindField(field.Name) is not { } compiledField)
                {
                    return ($"{what} has the field '{field.Name}', which the compiled schema lacks", field.Span);
                }

                var here = Describe(field);
                var there = Describe(compiledField);
                if (here != there)
                {
                    return ($"field '{field.Name}' of {what} is {here} here and {there} in the compiled schema", field.Span);
                }
            }

            if (compiledType.Fields.FirstOrDefault(f => fileType.FindField(f.Name) is null) is { } lostField)
            {
                return ($"{what} lacks the field '{lostField.Name}' of the compiled schema", fileType.Span);
            }
        }

        if (compiled.Types.FirstOrDefault(t => file.FindType(t.Name) is null) is { } lostType)
        {
            return ($"it lacks the type '{lostType.Name}' of the compiled schema", top);
        }

        return ("its fields are in another order", top);
    }

    private static string Describe(FieldDefinition field) =>
        "'" + field.Type + (field.IsRequired ? string.Empty : "?") + "'"
        + (field.Requires is null ? string.Empty : " requiring '" + field.Requires + "'")
        + (field.Min is null && field.Max is null ? string.Empty : " from " + (field.Min?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "any") + " to " + (field.Max?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "any"));
}

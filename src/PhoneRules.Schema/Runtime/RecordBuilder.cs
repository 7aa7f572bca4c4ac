using System;
using System.Collections.Generic;
using System.ComponentModel;

namespace PhoneRules.Schema.Runtime;

/// <summary>
/// Helpers the generated <c>CatalogData.FromDocument</c> calls to turn validated values into typed record
/// properties. Not meant for hand-written code: read a catalog with <see cref="CatalogReader"/>.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class RecordBuilder
{
    /// <summary>The value of a required single field.</summary>
    public static T Required<T>(EntityRecord entity, string field, Func<object, T> convert) =>
        entity.Get(field) is { Value: { } value }
            ? convert(value)
            : throw new InvalidOperationException($"{entity.Type.Name} '{entity.Key}' has no value for required field '{field}'; read the catalog through CatalogReader first.");

    /// <summary>The value of an optional single field of a value type, or null.</summary>
    public static T? OptionalValue<T>(EntityRecord entity, string field, Func<object, T> convert)
        where T : struct =>
        entity.Get(field) is { Value: { } value } ? convert(value) : null;

    /// <summary>The value of an optional single field of a reference type, or null.</summary>
    public static T? OptionalReference<T>(EntityRecord entity, string field, Func<object, T> convert)
        where T : class =>
        entity.Get(field) is { Value: { } value } ? convert(value) : null;

    /// <summary>The items of a list field; empty when absent.</summary>
    public static IReadOnlyList<T> List<T>(EntityRecord entity, string field, Func<object, T> convert)
    {
        if (entity.Get(field) is not { Items: { } items })
        {
            return Array.Empty<T>();
        }

        var result = new T[items.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = convert(items[i].Value!);
        }

        return result;
    }

    /// <summary>The location of an entity's key.</summary>
    public static CatalogLocation Location(EntityRecord entity) => new(entity.Span.Line, entity.Span.Column);
}

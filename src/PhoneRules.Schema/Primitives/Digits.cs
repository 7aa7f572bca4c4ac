namespace PhoneRules;

internal static class Digits
{
    public static bool TryParse(string? text, int length, out long value)
    {
        value = 0;
        if (text is null || text.Length != length)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c < '0' || c > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}

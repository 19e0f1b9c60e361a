using System.Security.Cryptography;
using System.Text;

namespace Requisition.Workflows.Cycle;

/// <summary>Passwords the system issues (kata sandi awal): for demo users, a reset, or users brought in by an import.</summary>
public static class Passwords
{
    private const string Alphabet = "abcdefghjkmnpqrstuvwxyz23456789";

    /// <summary>A readable random password: 4 groups of 4 from an alphabet without look-alikes (about 80 bits).</summary>
    public static string New()
    {
        var text = new StringBuilder(19);
        for (var i = 0; i < 16; i++)
        {
            if (i > 0 && i % 4 == 0) text.Append('-');
            text.Append(Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)]);
        }
        return text.ToString();
    }
}

namespace Requisition.Rules.Formulary;

internal enum TokenKind
{
    Word,
    Number,
    Symbol,
}

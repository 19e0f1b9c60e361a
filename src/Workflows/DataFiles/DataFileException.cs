namespace Requisition.Workflows.DataFiles;

/// <summary>Input that cannot be used as it is; carries every problem found, each with its location.</summary>
public sealed class DataFileException : Exception
{
    public DataFileException(IReadOnlyList<DataFileError> errors)
        : base(string.Join(Environment.NewLine, errors))
    {
        Errors = errors;
    }

    public DataFileException(DataFileError error) : this([error])
    {
    }

    public IReadOnlyList<DataFileError> Errors { get; }
}

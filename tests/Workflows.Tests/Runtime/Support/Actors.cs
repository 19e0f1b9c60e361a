using Requisition.Workflows.Runtime.Contracts;

namespace Requisition.Workflows.Tests.Runtime.Support;

/// <summary>The people of the test district: two puskesmas and their IFK.</summary>
internal static class Actors
{
    public const string Cibeber = "PKM-CIBEBER";
    public const string Cikalong = "PKM-CIKALONG";
    public const string Ifk = "IFK-CIANJUR";

    public static readonly Actor CibeberPharmacist = new("apt.rina", "pharmacist", Cibeber);
    public static readonly Actor CibeberHead = new("dr.yusuf", "head", Cibeber);
    public static readonly Actor CikalongPharmacist = new("apt.dewi", "pharmacist", Cikalong);
    public static readonly Actor IfkOfficer = new("ifk.budi", "ifk-officer", Ifk);
    public static readonly Actor OtherIfkOfficer = new("ifk.sari", "ifk-officer", Ifk);
}

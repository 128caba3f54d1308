using ResidencyAdvisor.Discord.Gateway;

namespace ResidencyAdvisor.Discord.Tests.Gateway;

public class CloseCodeTableTests
{
    [Theory]
    [InlineData(4004, "Stop")]
    [InlineData(4010, "Stop")]
    [InlineData(4011, "Stop")]
    [InlineData(4012, "Stop")]
    [InlineData(4013, "Stop")]
    [InlineData(4014, "Stop")]
    [InlineData(4007, "Identify")]
    [InlineData(4009, "Identify")]
    [InlineData(4000, "Resume")]
    [InlineData(4001, "Resume")]
    [InlineData(4002, "Resume")]
    [InlineData(4003, "Resume")]
    [InlineData(4005, "Resume")]
    [InlineData(4008, "Resume")]
    [InlineData(1000, "Resume")]
    [InlineData(1001, "Resume")]
    [InlineData(1006, "Resume")]
    [InlineData(null, "Resume")]
    public void Close_code_maps_to_the_documented_action(int? code, string expected) =>
        Assert.Equal(expected, CloseCodeTable.ForCloseCode(code).ToString());

    [Theory]
    [InlineData(4004, "Discord:Token")]
    [InlineData(4010, "Discord:ShardId")]
    [InlineData(4011, "Discord:ShardCount")]
    public void Fatal_codes_name_the_setting_to_fix(int code, string setting) =>
        Assert.Contains(setting, CloseCodeTable.Describe(code), StringComparison.Ordinal);
}

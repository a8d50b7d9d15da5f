
namespace EcomAI.Interactive.Tests.Kernel;

public class EcomAIKernelExtensionTests
{
    [Fact]
    public async Task OnLoadAsync_InCompositeKernel_KernelStillRunsCSharp()
    {
        using var harness = await KernelHarness.StartAsync();

        string html = await harness.HtmlAsync("1 + 2");

        Assert.Contains("3", html);
    }

    [Fact]
    public async Task OnLoadAsync_NullKernel_Throws()
    {
        await Assert.ThrowsAsync<ArgumentNullException>(() => new EcomAIKernelExtension().OnLoadAsync(null!));
    }
}

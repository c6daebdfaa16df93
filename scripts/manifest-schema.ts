/**
 * The parts of the add-in-only manifest schema Goalsheet uses, as child order and required children per
 * element, taken from the OfficeApp 1.1 and task pane VersionOverrides 1.0 schemas
 * (learn.microsoft.com/javascript/api/manifest). Elements typed by xsi:type are keyed "Name[type]".
 * Only elements listed here are order-checked; an element inside them that the schema does not allow is reported.
 */
export const ORDER: Readonly<Record<string, readonly string[]>> = {
  OfficeApp: [
    "Id",
    "AlternateId",
    "Version",
    "ProviderName",
    "DefaultLocale",
    "DisplayName",
    "Description",
    "IconUrl",
    "HighResolutionIconUrl",
    "SupportUrl",
    "AppDomains",
    "Hosts",
    "Requirements",
    "DefaultSettings",
    "Permissions",
    "Dictionary",
    "VersionOverrides",
    "ExtendedOverrides",
  ],
  DefaultSettings: ["SourceLocation", "RequestedWidth", "RequestedHeight"],
  VersionOverrides: ["Description", "Requirements", "Hosts", "Resources", "WebApplicationInfo", "EquivalentAddins"],
  Host: ["Runtimes", "AllFormFactors", "DesktopFormFactor", "MobileFormFactor"],
  AllFormFactors: ["ExtensionPoint"],
  "ExtensionPoint[CustomFunctions]": ["Script", "Page", "Metadata", "Namespace"],
  DesktopFormFactor: ["GetStarted", "FunctionFile", "ExtensionPoint"],
  GetStarted: ["Title", "Description", "LearnMoreUrl"],
  Group: ["Label", "Icon", "Control"],
  "Control[Button]": ["Label", "Supertip", "Icon", "Action"],
  Resources: ["Images", "Urls", "ShortStrings", "LongStrings"],
};

export const REQUIRED: Readonly<Record<string, readonly string[]>> = {
  OfficeApp: [
    "Id",
    "Version",
    "ProviderName",
    "DefaultLocale",
    "DisplayName",
    "Description",
    "IconUrl",
    "Hosts",
    "DefaultSettings",
    "Permissions",
  ],
  DefaultSettings: ["SourceLocation"],
  VersionOverrides: ["Hosts", "Resources"],
  "ExtensionPoint[CustomFunctions]": ["Script", "Page", "Metadata", "Namespace"],
  GetStarted: ["Title", "Description"],
  "Control[Button]": ["Label", "Supertip", "Icon", "Action"],
};

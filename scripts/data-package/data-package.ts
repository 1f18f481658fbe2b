export function buildDataPackageDescriptor() { return {}; }

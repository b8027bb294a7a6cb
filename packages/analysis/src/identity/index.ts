export { extractIdentity, type Identity } from './extract-identity.ts';
export { ownNumberKey } from './own-number.ts';
export { docTypeOfHeading, DOC_TYPES } from './doc-type.ts';

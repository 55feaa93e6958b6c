import { AdminResolver } from "./admin.resolver";
import { ViewerResolver } from "./viewer.resolver";

/** The partner-and-key resolvers (issue 10 §1): `viewer` for everyone, the admin API for ADMIN keys. */
export const AUTH_RESOLVERS: Function[] = [ViewerResolver, AdminResolver];

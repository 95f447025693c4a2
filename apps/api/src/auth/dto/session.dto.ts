import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ROLES, UserStatus, type OrganisationRef, type Role, type SessionResponse, type SignupResponse, type UserView } from '@inno/contracts';

class OrganisationRefDto implements OrganisationRef {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

export class UserViewDto implements UserView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty({ enum: Object.values(UserStatus) }) status: UserStatus;
  @ApiPropertyOptional({ type: OrganisationRefDto, nullable: true }) company: OrganisationRef | null;
  @ApiPropertyOptional({ type: OrganisationRefDto, nullable: true }) institution: OrganisationRef | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class SessionResponseDto implements SessionResponse {
  @ApiProperty({ description: 'Bearer token for the Authorization header' }) accessToken: string;
  @ApiProperty({ description: 'Seconds until the access token expires' }) expiresIn: number;
  @ApiProperty({ type: UserViewDto }) user: UserView;
}

export class SignupResponseDto implements SignupResponse {
  @ApiProperty({ type: UserViewDto }) user: UserView;
  @ApiProperty({ description: 'False while the account waits for an approval' }) canSignIn: boolean;
}

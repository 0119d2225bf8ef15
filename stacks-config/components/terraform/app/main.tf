# Example component "app": a placeholder root module of the acme organisation.
terraform {
  required_version = ">= 1.9"
}

variable "region" {
  type        = string
  description = "AWS region"
}

variable "name" {
  type        = string
  description = "Component name"
}
